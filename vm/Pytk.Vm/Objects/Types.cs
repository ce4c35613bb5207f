namespace Pytk.Vm.Objects;

/// <summary>The built-in type objects. Their methods are installed by the *Methods classes in Builtins/.</summary>
public static class Types
{
    public static readonly PyType Type = new("type", [], null, builtin: true);
    public static readonly PyType Object = new("object", [], null, builtin: true);
    public static readonly PyType NoneType = Make("NoneType");
    public static readonly PyType NotImplementedType = Make("NotImplementedType");
    public static readonly PyType EllipsisType = Make("ellipsis");
    public static readonly PyType Int = Make("int");
    public static readonly PyType Bool = Make("bool", Int);
    public static readonly PyType Float = Make("float");
    public static readonly PyType Complex = Make("complex");
    public static readonly PyType Str = Make("str");
    public static readonly PyType Bytes = Make("bytes");
    public static readonly PyType ByteArray = Make("bytearray");
    public static readonly PyType MemoryView = Make("memoryview");
    public static readonly PyType List = Make("list");
    public static readonly PyType Tuple = Make("tuple");
    public static readonly PyType Dict = Make("dict");
    public static readonly PyType Set = Make("set");
    public static readonly PyType FrozenSet = Make("frozenset");
    public static readonly PyType Range = Make("range");
    public static readonly PyType Slice = Make("slice");
    public static readonly PyType Function = Make("function");
    public static readonly PyType BuiltinFunction = Make("builtin_function_or_method");
    public static readonly PyType Method = Make("method");
    public static readonly PyType Property = Make("property");
    public static readonly PyType StaticMethod = Make("staticmethod");
    public static readonly PyType ClassMethod = Make("classmethod");
    public static readonly PyType Super = Make("super");
    public static readonly PyType Module = Make("module");
    public static readonly PyType Cell = Make("cell");
    public static readonly PyType Code = Make("code");
    public static readonly PyType Frame = Make("frame");
    public static readonly PyType Traceback = Make("traceback");
    public static readonly PyType Generator = Make("generator");
    public static readonly PyType Coroutine = Make("coroutine");
    public static readonly PyType AsyncGenerator = Make("async_generator");
    public static readonly PyType Iterator = Make("iterator");
    public static readonly PyType CallIterator = Make("callable_iterator");
    public static readonly PyType Enumerate = Make("enumerate");
    public static readonly PyType Zip = Make("zip");
    public static readonly PyType Map = Make("map");
    public static readonly PyType Filter = Make("filter");
    public static readonly PyType Reversed = Make("reversed");
    public static readonly PyType DictKeys = Make("dict_keys");
    public static readonly PyType DictValues = Make("dict_values");
    public static readonly PyType DictItems = Make("dict_items");
    public static readonly PyType File = Make("TextIOWrapper");
    public static readonly PyType SlotDescriptor = Make("member_descriptor");
    public static readonly PyType GetSetDescriptor = Make("getset_descriptor");
    // The built-in iterators' own types (type(iter([])).__name__ == 'list_iterator'); they share Iterator's methods.
    public static readonly PyType ListIterator = Make("list_iterator", Iterator);
    public static readonly PyType TupleIterator = Make("tuple_iterator", Iterator);
    public static readonly PyType StrAsciiIterator = Make("str_ascii_iterator", Iterator);
    public static readonly PyType StrIterator = Make("str_iterator", Iterator);
    public static readonly PyType RangeIterator = Make("range_iterator", Iterator);
    public static readonly PyType LongRangeIterator = Make("longrange_iterator", Iterator);
    public static readonly PyType DictKeyIterator = Make("dict_keyiterator", Iterator);
    public static readonly PyType DictValueIterator = Make("dict_valueiterator", Iterator);
    public static readonly PyType DictItemIterator = Make("dict_itemiterator", Iterator);
    public static readonly PyType DictRevKeyIterator = Make("dict_reversekeyiterator", Iterator);
    public static readonly PyType DictRevValueIterator = Make("dict_reversevalueiterator", Iterator);
    public static readonly PyType DictRevItemIterator = Make("dict_reverseitemiterator", Iterator);
    public static readonly PyType SetIterator = Make("set_iterator", Iterator);
    public static readonly PyType BytesIterator = Make("bytes_iterator", Iterator);
    public static readonly PyType MemoryIterator = Make("memory_iterator", Iterator);
    public static readonly PyType ByteArrayIterator = Make("bytearray_iterator", Iterator);
    public static readonly PyType ListRevIterator = Make("list_reverseiterator", Iterator);

    static PyType Make(string name, PyType? b = null) => new(name, [b ?? Object], Type, builtin: true);

    static Types()
    {
        Type.Type = Type;
        Object.Type = Type;
        Type.Bases = [Object];
        Type.ComputeMro();
        Object.AddSubclass(Type);
        foreach (var t in new[] { Bool, NoneType, NotImplementedType, EllipsisType, Range, Slice, Function, BuiltinFunction,
                     Method, Generator, Coroutine, Cell, Code, Frame, Traceback, DictKeys, DictValues, DictItems, SlotDescriptor, GetSetDescriptor })
            t.Final = true;
    }
}
