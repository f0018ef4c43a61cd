from verkosto.cli import main

main()
