namespace Pytk.Syntax;

/// <summary>What a field holds before list/optional wrapping.</summary>
public enum FieldBase { Node, Identifier, String, Int, Constant }

/// <summary>ASDL's T, T? and T*.</summary>
public enum Cardinality { Required, Optional, List }

/// <summary>One field or attribute of a node kind, as Model/Ast.def declares it.</summary>
public sealed class FieldInfo(string name, string typeName, FieldBase fieldBase, Cardinality cardinality,
    Type elementType, bool itemsOptional)
{
    /// <summary>CPython's field name, e.g. <c>orelse</c>; also the C# property name.</summary>
    public string Name { get; } = name;
    /// <summary>The ASDL type: <c>expr</c>, <c>identifier</c>, <c>int</c>, <c>constant</c>...</summary>
    public string TypeName { get; } = typeName;
    public FieldBase Base { get; } = fieldBase;
    public Cardinality Cardinality { get; } = cardinality;
    /// <summary>The C# type of the value, or of each item for a list.</summary>
    public Type ElementType { get; } = elementType;
    /// <summary>Items of this list may be None (Dict.keys, arguments.kw_defaults).</summary>
    public bool ItemsOptional { get; } = itemsOptional;

    public bool IsList => Cardinality == Cardinality.List;
    public bool IsOptional => Cardinality == Cardinality.Optional;

    public override string ToString() =>
        $"{TypeName}{(ItemsOptional ? "?*" : IsList ? "*" : IsOptional ? "?" : "")} {Name}";
}

/// <summary>The description of one concrete node kind (generated instances live in NodeInfos.g.cs).</summary>
public sealed class NodeInfo
{
    internal NodeInfo(string name, Type type, string? category, FieldInfo[] fields, FieldInfo[] attributes,
        Func<AstNode> create, bool isSingleton)
    {
        Name = name;
        Type = type;
        Category = category;
        Fields = fields;
        Attributes = attributes;
        this.create = create;
        IsSingleton = isSingleton;
    }

    private readonly Func<AstNode> create;

    /// <summary>CPython's class name, as <c>ast.dump</c> prints it.</summary>
    public string Name { get; }
    public Type Type { get; }
    /// <summary>CPython's abstract base (<c>expr</c>, <c>stmt</c>...), or null for product types.</summary>
    public string? Category { get; }
    /// <summary>CPython's <c>_fields</c>, in order.</summary>
    public IReadOnlyList<FieldInfo> Fields { get; }
    /// <summary>CPython's <c>_attributes</c> (positions), in order.</summary>
    public IReadOnlyList<FieldInfo> Attributes { get; }
    /// <summary>A field-less kind (Load, Add, ...): <see cref="Create"/> returns the shared instance.</summary>
    public bool IsSingleton { get; }

    /// <summary>A new node of this kind with empty lists and unset fields (the shared one for singletons).</summary>
    public AstNode Create() => create();

    public int FieldIndex(string field)
    {
        for (int i = 0; i < Fields.Count; i++)
            if (Fields[i].Name == field) return i;
        return -1;
    }

    public override string ToString() => Name;
}

public static partial class NodeKinds
{
    private static Dictionary<string, NodeInfo>? byName;

    /// <summary>The kind named <paramref name="name"/> by CPython, or null.</summary>
    public static NodeInfo? ByName(string name)
    {
        byName ??= All.ToDictionary(i => i.Name);
        return byName.GetValueOrDefault(name);
    }

    internal static NodeInfo ForSplice() =>
        new("<splice>", typeof(Splice), null, [], [], () => throw new InvalidOperationException(), false);
}
