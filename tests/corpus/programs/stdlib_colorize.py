# _colorize: the palette and can_colorize()'s environment rules (stderr here is not a terminal).
import os
import _colorize

print(repr(_colorize.ANSIColors.RED), repr(_colorize.ANSIColors.RESET), repr(_colorize.ANSIColors.BOLD_MAGENTA))
print(repr(_colorize.NoColors.RED), repr(_colorize.NoColors.GREY), type(_colorize.NoColors).__name__)
for name in ('PYTHON_COLORS', 'NO_COLOR', 'FORCE_COLOR', 'TERM'):
    os.environ.pop(name, None)


def show(label):
    colors = _colorize.get_colors()
    print(label, _colorize.can_colorize(), repr(colors.GREEN), repr(_colorize.get_colors(colorize=True).GREEN))


show('plain')
os.environ['FORCE_COLOR'] = '1'
show('force')
os.environ['TERM'] = 'dumb'
show('force+dumb')
os.environ['NO_COLOR'] = '1'
show('no_color')
os.environ['PYTHON_COLORS'] = '1'
show('python_colors=1')
os.environ['PYTHON_COLORS'] = '0'
show('python_colors=0')
del os.environ['PYTHON_COLORS'], os.environ['NO_COLOR']
_colorize.COLORIZE = False
show('COLORIZE off')
