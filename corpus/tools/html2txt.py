#!/usr/bin/env python3
"""Deterministic HTML -> text extraction used for helper P's HTML sources.
Rules: drop <script>/<style>/comments; block tags (p, div, br, tr, li, h1-h6, table, ul, ol, title)
end a line; table cells inside a row are separated by one TAB (block tags inside a cell are dropped, so a cell is one piece of text); all other tags removed; HTML entities
decoded (&nbsp; -> U+00A0 -> replaced by an ASCII space); each line stripped of leading/trailing
whitespace; empty lines dropped. Output UTF-8, LF, final newline. No other change to the text."""
import html, re, sys
src = open(sys.argv[1], encoding=sys.argv[3] if len(sys.argv) > 3 else 'utf-8').read()
t = re.sub(r'(?is)<!--.*?-->', '', src)
t = re.sub(r'(?is)<(script|style)\b.*?</\1\s*>', '', t)
t = re.sub(r'[\r\n]+', ' ', t)
# inside a table cell, paragraph/line-break tags do not end the line (cell text is joined)
t = re.sub(r'(?is)(<t[dh]\b[^>]*>)(.*?)(</t[dh]\s*>)', lambda m: m.group(1) + re.sub(r'(?i)<br\s*/?>|</?(p|div|span)\b[^>]*>', '', m.group(2)) + m.group(3), t)
t = re.sub(r'(?i)</t[dh]\s*>', '\t', t)
t = re.sub(r'(?i)<br\s*/?>', '\n', t)
t = re.sub(r'(?i)</?(p|div|tr|li|h[1-6]|table|tbody|thead|ul|ol|title|section|article)\b[^>]*>', '\n', t)
t = re.sub(r'<[^>]+>', '', t)
t = html.unescape(t).replace('\u00a0', ' ')
out = []
for line in t.split('\n'):
    line = line.strip()
    line = re.sub(r'[ \t]*\t[ \t]*', '\t', line)
    if line:
        out.append(line)
open(sys.argv[2], 'w', encoding='utf-8', newline='\n').write('\n'.join(out) + '\n')
