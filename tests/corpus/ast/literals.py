0, 1, 1_000_000, 0x_ff, 0o17, 0b1011, 123456789012345678901234567890123456789
1.0, 1.5, 0.1, 1e16, 1e15, 1e-5, 1e-4, 123456.789e3, 1e308, 1e309, 0.0, 5e-324, 2.5e-7, 1e22, 12345678901234567.0
1j, 2.5j, 1e16j, 0j, 1e309j
(1+2j), (1.5-0.5j)
True, False, None, ...
'single', "double", 'it\'s', "say \"hi\"", 'both \' and "', '\\ backslash'
'\t\n\r\x00\x1f\x7f\x80\xa0\xad\u200b\u2028\ud800\U0001F600\U000E0001\u0378\uffff'
'caf\u00e9 \u4e2d\u6587 \U00014000 \U0010FFFF'
b'bytes', b"it's", b'\x00\xff\t\n\r\\', b'both \' and "', rb'\d+'
u'unicode kind'
'adjacent' 'strings' "joined"
"""triple
quoted"""
f"plain {x} and {y!r} and {z:>10} and {w!s:{width}.{prec}} {v=} {u!a}"
f"{'nested'} {f'{inner}'}"
f"{x:{'fmt'}}" f"concat {1}" "plain"
