"""The pages' stylesheet: the report's own, and large targets and visible focus for answering."""

from __future__ import annotations

from verkosto.report.html import CSS as REPORT_CSS

# Targets at least 44 px high (WCAG 2.5.5), a focus ring of 3 px that is never hidden, and
# colours of at least 7:1 contrast for text and 3:1 for borders against white.
_PAGES = (
    "main{display:block}"
    ".progress{color:#444;margin:0 0 .3rem;font-size:.95rem}"
    "fieldset{border:0;margin:0 0 1.2rem;padding:0;min-width:0}"
    "legend{padding:0;margin:0 0 .5rem;max-width:100%}"
    "legend h1,legend h2{margin:0}"
    "legend h2{font-size:1.1rem;font-weight:bold}"
    ".hint{color:#333;margin:.2rem 0 .6rem}"
    ".choice{display:flex;align-items:center;margin:.3rem 0}"
    ".choice input{width:1.6rem;height:1.6rem;margin:0;flex:none;accent-color:#0b4f8a}"
    ".choice label{display:block;flex:1;min-height:44px;box-sizing:border-box;"
    "padding:.6rem .7rem;cursor:pointer}"
    ".choice:hover label{background:#eef3f8}"
    ".scale{display:grid;gap:.1rem}"
    # "Don't know" after the five points, a little apart from them.
    ".scale .choice:nth-child(6){margin-top:.5rem}"
    # On a page of statements, room between one statement and the next.
    "h1~fieldset{margin-top:1.8rem}"
    "input[type=text],textarea{font:inherit;font-size:1.1rem;min-height:44px;"
    "box-sizing:border-box;padding:.4rem .6rem;border:2px solid #222;border-radius:3px;"
    "width:100%;max-width:30rem}"
    "textarea{min-height:8rem;max-width:100%}"
    "label.field{display:block;font-weight:bold;margin:.6rem 0 .3rem}"
    # The network's name stands apart from the language choice below it.
    "div.field{margin:0 0 1.6rem}"
    ".buttons{display:flex;flex-wrap:wrap;gap:.8rem;margin:1.5rem 0}"
    "button{font:inherit;font-size:1.05rem;min-height:44px;min-width:44px;"
    "padding:.5rem 1.2rem;border:2px solid #0b4f8a;border-radius:4px;cursor:pointer;"
    "background:#0b4f8a;color:#fff}"
    "button.secondary{background:#fff;color:#0b4f8a}"
    "button:hover{background:#083b68;color:#fff}"
    ":focus-visible{outline:3px solid #b35900;outline-offset:2px}"
    "input:focus-visible+label{outline:3px solid #b35900}"
    ".error-summary{border:3px solid #b00020;padding:.6rem 1rem;margin:0 0 1.2rem}"
    ".error-summary h2{margin:0 0 .4rem;font-size:1.1rem}"
    ".error-summary a{color:#b00020;font-weight:bold}"
    ".error-message{color:#b00020;font-weight:bold;margin:.2rem 0 .4rem}"
    ".has-error{border-left:4px solid #b00020;padding-left:.8rem}"
    "input[aria-invalid=true],textarea[aria-invalid=true]{border-color:#b00020;border-width:3px}"
    ".notice{border-left:4px solid #0b4f8a;padding:.3rem .8rem;margin:0 0 1rem}"
    ".review dt{font-weight:bold;margin-top:.8rem}"
    ".review dd{margin:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:center}"
    ".review dd button{font-size:.95rem;padding:.3rem .9rem}"
    ".visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;"
    "margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}"
    "a{color:#0b4f8a}"
)

STYLE = REPORT_CSS + _PAGES
