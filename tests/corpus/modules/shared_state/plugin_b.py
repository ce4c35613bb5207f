from config import set_option, settings
set_option('b', settings.get('a', 0) + 1)
