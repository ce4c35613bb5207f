import sys
print("running as", __name__)
VALUE = []
if __name__ == "__main__":
    import main
    print(main is sys.modules["main"], main.__name__, main is not sys.modules["__main__"])
    VALUE.append(1)
    print(VALUE, main.VALUE)
    import tools
    print(tools.f(), tools.__name__, sys.modules["__main__"].__spec__)
    def lazy():
        import tools.sub as s
        return s.G
    print(lazy(), "tools.sub" in sys.modules)
