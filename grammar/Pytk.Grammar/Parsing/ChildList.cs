using System.Collections;
using Antlr4.Runtime.Tree;

namespace Pytk.Grammar.Generated;

/// <summary>
/// A parse-tree context's children. Most contexts have one or two (an expression chain passes a single
/// child down through every level), so those are fields of this object; only a third child allocates an
/// array. The runtime's List&lt;IParseTree&gt; costs a list and a four-slot array per context.
/// </summary>
sealed class ChildList : IList<IParseTree>
{
    IParseTree? first, second;
    IParseTree[]? rest;
    int count;

    public int Count => count;
    public bool IsReadOnly => false;

    public IParseTree this[int index]
    {
        get
        {
            if ((uint)index >= (uint)count) throw new ArgumentOutOfRangeException(nameof(index));
            return index == 0 ? first! : index == 1 ? second! : rest![index - 2];
        }
        set
        {
            if ((uint)index >= (uint)count) throw new ArgumentOutOfRangeException(nameof(index));
            if (index == 0) first = value;
            else if (index == 1) second = value;
            else rest![index - 2] = value;
        }
    }

    public void Add(IParseTree item)
    {
        if (count == 0) first = item;
        else if (count == 1) second = item;
        else
        {
            rest ??= new IParseTree[4];
            if (count - 2 == rest.Length) Array.Resize(ref rest, rest.Length * 2);
            rest[count - 2] = item;
        }
        count++;
    }

    public void Insert(int index, IParseTree item)
    {
        if ((uint)index > (uint)count) throw new ArgumentOutOfRangeException(nameof(index));
        Add(item);
        for (int i = count - 1; i > index; i--) this[i] = this[i - 1];
        this[index] = item;
    }

    public void RemoveAt(int index)
    {
        if ((uint)index >= (uint)count) throw new ArgumentOutOfRangeException(nameof(index));
        for (int i = index; i < count - 1; i++) this[i] = this[i + 1];
        this[count - 1] = null!;
        count--;
    }

    public int IndexOf(IParseTree item)
    {
        for (int i = 0; i < count; i++)
            if (Equals(this[i], item)) return i;
        return -1;
    }

    public bool Contains(IParseTree item) => IndexOf(item) >= 0;

    public bool Remove(IParseTree item)
    {
        int i = IndexOf(item);
        if (i < 0) return false;
        RemoveAt(i);
        return true;
    }

    public void Clear()
    {
        first = second = null;
        rest = null;
        count = 0;
    }

    public void CopyTo(IParseTree[] array, int arrayIndex)
    {
        for (int i = 0; i < count; i++) array[arrayIndex + i] = this[i];
    }

    public IEnumerator<IParseTree> GetEnumerator()
    {
        for (int i = 0; i < count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
