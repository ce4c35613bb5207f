using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Pytk.Syntax;

/// <summary>The JSON does not describe a valid AST.</summary>
public sealed class AstJsonException(string message) : Exception(message);

/// <summary>
/// The JSON form of the AST (schema: docs/ast-json.md), the format of <c>pytk dump-ast --format json</c> and
/// of conformance/ast_export.py, which exports CPython's own trees. Reading it lets the dumpers and the VM
/// be tested on CPython-parsed programs without pytk's parser.
/// </summary>
public static class AstJson
{
    /// <summary>Reads a tree whose root is a <c>Module</c> (what <c>ast.parse</c> returns in exec mode).</summary>
    public static Module ReadModule(string json) =>
        Read(json) as Module ?? throw new AstJsonException("the root is not a Module");

    /// <summary>Reads a tree with any root kind.</summary>
    public static AstNode Read(string json) =>
        MiniJson.Parse(json) is Dictionary<string, object?> obj ? Node(obj, "root")
            : throw new AstJsonException("the root is not a node object");

    private static AstNode Node(Dictionary<string, object?> obj, string where)
    {
        DepthGuard.Check();
        if (!obj.TryGetValue("_type", out var t) || t is not string typeName)
            throw new AstJsonException($"{where}: a node needs a \"_type\"");
        var info = NodeKinds.ByName(typeName) ?? throw new AstJsonException($"{where}: unknown node type '{typeName}'");
        var node = info.Create();
        if (info.IsSingleton) return node;
        for (int i = 0; i < info.Fields.Count; i++)
        {
            var field = info.Fields[i];
            obj.TryGetValue(field.Name, out var raw);
            if (raw is null && field.Cardinality == Cardinality.Required && field.Base != FieldBase.Constant)
                throw new AstJsonException($"{where}: {typeName} lacks its required field '{field.Name}'");
            node.SetField(i, Value(raw, field, $"{typeName}.{field.Name}"));
        }
        for (int i = 0; i < info.Attributes.Count; i++)
        {
            var attr = info.Attributes[i];
            obj.TryGetValue(attr.Name, out var raw);
            if (raw is null && !attr.IsOptional)
                throw new AstJsonException($"{where}: {typeName} lacks its required attribute '{attr.Name}'");
            node.SetAttribute(i, raw is null ? null : Value(raw, attr, $"{typeName}.{attr.Name}"));
        }
        return node;
    }

    private static object? Value(object? raw, FieldInfo field, string where)
    {
        if (field.IsList)
        {
            if (raw is null) return new List<object?>();
            if (raw is not List<object?> items) throw new AstJsonException($"{where}: expected a list");
            var result = new List<object?>(items.Count);
            foreach (var item in items) result.Add(item is null ? null : Single(item, field, where));
            return result;
        }
        return raw is null ? null : Single(raw, field, where);
    }

    private static object? Single(object raw, FieldInfo field, string where)
    {
        switch (field.Base)
        {
            case FieldBase.Node:
                var node = raw is Dictionary<string, object?> obj ? Node(obj, where)
                    : throw new AstJsonException($"{where}: expected a node");
                if (!field.ElementType.IsInstanceOfType(node))
                    throw new AstJsonException($"{where}: expected {field.TypeName}, got {node.Info.Name}");
                return node;
            case FieldBase.Int:
                return raw is JsonNumber { IsInteger: true } n && int.TryParse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v)
                    ? v : throw new AstJsonException($"{where}: expected an int");
            case FieldBase.Constant:
                return Constant(raw, where);
            default:
                return raw as string ?? throw new AstJsonException($"{where}: expected a string");
        }
    }

    private static object? Constant(object? raw, string where)
    {
        switch (raw)
        {
            case null or bool or string: return raw;
            case JsonNumber n when n.IsInteger: return BigInteger.Parse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            case JsonNumber n: return double.Parse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
            case Dictionary<string, object?> tagged when tagged.TryGetValue("_const", out var tag):
                switch (tag)
                {
                    case "float":
                        return tagged.GetValueOrDefault("repr") switch
                        {
                            "inf" => double.PositiveInfinity,
                            "-inf" => double.NegativeInfinity,
                            "nan" => double.NaN,
                            "-nan" => -double.NaN,
                            _ => throw new AstJsonException($"{where}: bad float"),
                        };
                    case "complex":
                        return new Complex(Float(tagged.GetValueOrDefault("real"), where), Float(tagged.GetValueOrDefault("imag"), where));
                    case "bytes":
                        return Convert.FromHexString(tagged.GetValueOrDefault("hex") as string ?? "");
                    case "Ellipsis":
                        return EllipsisConstant.Instance;
                    case "str":
                        return SurrogateStr.FromCodePoints(((tagged.GetValueOrDefault("codepoints") as List<object?>) ?? [])
                            .Select(x => x is JsonNumber { IsInteger: true } n ? int.Parse(n.Text, CultureInfo.InvariantCulture)
                                : throw new AstJsonException($"{where}: bad code point")).ToList());
                    case "tuple":
                        return new TupleConstant(((tagged.GetValueOrDefault("items") as List<object?>) ?? []).Select(x => Constant(x, where)).ToList());
                    case "frozenset":
                        return new FrozenSetConstant(((tagged.GetValueOrDefault("items") as List<object?>) ?? []).Select(x => Constant(x, where)).ToList());
                }
                break;
        }
        throw new AstJsonException($"{where}: not a constant");
    }

    private static double Float(object? raw, string where) => Constant(raw, where) switch
    {
        double d => d,
        BigInteger i => (double)i,
        _ => throw new AstJsonException($"{where}: expected a float"),
    };

    /// <summary>Writes a tree as Python's <c>json.dumps(obj)</c> (or <c>json.dumps(obj, indent=N)</c>) would
    /// write the exporter's objects: the same text, byte for byte.</summary>
    public static string Write(AstNode node, int? indent = null)
    {
        var w = new Writer(indent);
        w.Node(node, 0);
        return w.ToString();
    }

    private sealed class Writer(int? indent)
    {
        private readonly StringBuilder sb = new();

        public override string ToString() => sb.ToString();

        public void Node(AstNode node, int level)
        {
            DepthGuard.Check();
            var info = node.Info;
            var members = new List<(string, Action<int>)> { ("_type", _ => Str(info.Name)) };
            for (int i = 0; i < info.Fields.Count; i++)
            {
                var field = info.Fields[i];
                var value = node.GetField(i);
                members.Add((field.Name, l => Value(value, field, l)));
            }
            for (int i = 0; i < info.Attributes.Count; i++)
            {
                var value = node.GetAttribute(i);
                members.Add((info.Attributes[i].Name, _ => Scalar(value)));
            }
            Object(members, level);
        }

        private void Object(List<(string Key, Action<int> Write)> members, int level)
        {
            sb.Append('{');
            for (int i = 0; i < members.Count; i++)
            {
                if (i > 0) sb.Append(indent is null ? ", " : ",");
                NewLine(level + 1);
                Str(members[i].Key);
                sb.Append(": ");
                members[i].Write(level + 1);
            }
            if (members.Count > 0) NewLine(level);
            sb.Append('}');
        }

        private void Array(IList items, Action<object?, int> write, int level)
        {
            sb.Append('[');
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0) sb.Append(indent is null ? ", " : ",");
                NewLine(level + 1);
                write(items[i], level + 1);
            }
            if (items.Count > 0) NewLine(level);
            sb.Append(']');
        }

        private void NewLine(int level)
        {
            if (indent is null) return;
            sb.Append('\n').Append(' ', indent.Value * level);
        }

        private void Value(object? value, FieldInfo field, int level)
        {
            if (value is IList list && field.IsList)
                Array(list, (item, l) => Single(item, field, l), level);
            else
                Single(value, field, level);
        }

        private void Single(object? value, FieldInfo field, int level)
        {
            if (value is AstNode node) Node(node, level);
            else if (field.Base == FieldBase.Constant) Constant(value, level);
            else Scalar(value);
        }

        private void Scalar(object? value)
        {
            switch (value)
            {
                case null: sb.Append("null"); break;
                case string s: Str(s); break;
                case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
                default: throw new ArgumentException($"unexpected field value {value.GetType().Name}");
            }
        }

        private void Constant(object? value, int level)
        {
            switch (value)
            {
                case null: sb.Append("null"); break;
                case bool b: sb.Append(b ? "true" : "false"); break;
                case string s: Str(s); break;
                case BigInteger or int or long: sb.Append(PyRepr.Repr(value)); break;
                case double d when double.IsFinite(d): sb.Append(PyRepr.Float(d)); break;
                case double d:
                    Object([("_const", _ => Str("float")), ("repr", _ => Str(PyRepr.Float(d)))], level);
                    break;
                case Complex c:
                    Object([("_const", _ => Str("complex")), ("real", l => Constant(c.Real, l)), ("imag", l => Constant(c.Imaginary, l))], level);
                    break;
                case byte[] bytes:
                    Object([("_const", _ => Str("bytes")), ("hex", _ => Str(Convert.ToHexStringLower(bytes)))], level);
                    break;
                case SurrogateStr ss:
                    Object([("_const", _ => Str("str")), ("codepoints", l => Array(ss.CodePoints.Select(c => (object?)new BigInteger(c)).ToList(), Constant, l))], level);
                    break;
                case EllipsisConstant:
                    Object([("_const", _ => Str("Ellipsis"))], level);
                    break;
                case TupleConstant t:
                    Object([("_const", _ => Str("tuple")), ("items", l => Array(t.Items.ToList(), Constant, l))], level);
                    break;
                case FrozenSetConstant f:
                    Object([("_const", _ => Str("frozenset")), ("items", l => Array(f.Items.ToList(), Constant, l))], level);
                    break;
                default: throw new ArgumentException($"not a Python constant: {value.GetType().Name}");
            }
        }

        /// <summary>A JSON string as Python's json module writes it with ensure_ascii.</summary>
        private void Str(string s)
        {
            sb.Append('"');
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\b': sb.Append("\\b"); break;
                    case '\f': sb.Append("\\f"); break;
                    default:
                        if (c < ' ' || c > '~') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            sb.Append('"');
        }
    }
}
