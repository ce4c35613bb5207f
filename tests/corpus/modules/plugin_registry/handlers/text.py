from registry import handler
import textwrap, string


@handler('upper')
def up(*words):
    return string.capwords(' '.join(words))


@handler('wrap')
def wrap(*words):
    return textwrap.wrap(' '.join(words), 10)
