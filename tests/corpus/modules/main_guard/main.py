import tool
print(__name__, tool.__name__, tool.main())
if __name__ == '__main__':
    print('main block', __package__, __spec__)
import __main__
print(__main__.__name__, __main__.tool is tool)
import sys
print(sys.modules['__main__'] is __main__, 'tool' in sys.modules)
