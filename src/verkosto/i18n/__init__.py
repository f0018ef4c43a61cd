"""Interface texts in Finnish, English and Swedish, their lookup, and number formatting.

Where things are:
- `texts/`: every text, one pure-data module per topic (a translator opens one file);
- `catalog`: `t()`, which looks a text up and fills it in, and the strict switch for tests;
- `formatting`: numbers, shares, dates and operating-system reasons;
- `problems`: a located problem as one line, and parser messages in the person's words;
- `language`: which language a run uses: the one place that reads --kieli and the environment.
"""
