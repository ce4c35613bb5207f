using System.Numerics;

namespace Pytk.Vm.NativeModules;

/// <summary>
/// MT19937 exactly as CPython's _random seeds and draws it, so a seed gives CPython's sequences: seeding
/// goes through init_by_array over the 32-bit little-endian words of |seed|; random() joins 27 and 26 bits.
/// </summary>
public sealed class MersenneTwister
{
    /// <summary>random.gauss's second value of a pair, kept for the next call (None after seeding).</summary>
    public double? GaussNext;

    const int N = 624, M = 397;
    readonly uint[] mt = new uint[N];
    int index = N + 1;

    void InitGenrand(uint s)
    {
        mt[0] = s;
        for (int i = 1; i < N; i++) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint)i;
        index = N;
    }

    public void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++; j++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        }
        mt[0] = 0x80000000u;
        index = N;
    }

    /// <summary>seed(n) for an int: the words of abs(n), least significant first ([0] for zero).</summary>
    public void Seed(BigInteger n)
    {
        n = BigInteger.Abs(n);
        var words = new List<uint>();
        while (n > 0) { words.Add((uint)(n & 0xFFFFFFFF)); n >>= 32; }
        if (words.Count == 0) words.Add(0);
        InitByArray(words.ToArray());
    }

    /// <summary>random.SystemRandom's source: every draw comes from the OS's entropy, the state is unused.</summary>
    public bool FromSystem;

    public uint NextUInt32()
    {
        if (FromSystem)
        {
            Span<byte> b = stackalloc byte[4];
            System.Security.Cryptography.RandomNumberGenerator.Fill(b);
            return BitConverter.ToUInt32(b);
        }
        if (index >= N)
        {
            for (int k = 0; k < N; k++)
            {
                uint y = (mt[k] & 0x80000000u) | (mt[(k + 1) % N] & 0x7fffffffu);
                mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfu : 0u);
            }
            index = 0;
        }
        uint r = mt[index++];
        r ^= r >> 11;
        r ^= (r << 7) & 0x9d2c5680u;
        r ^= (r << 15) & 0xefc60000u;
        r ^= r >> 18;
        return r;
    }

    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>getrandbits(k): k bits built from 32-bit draws, low word first, the last one shifted down.</summary>
    public BigInteger GetRandBits(int k)
    {
        if (k <= 32) return k == 0 ? 0 : NextUInt32() >> (32 - k);
        var bytes = new byte[((k - 1) / 32 + 1) * 4 + 1];
        for (int w = 0; k > 0; w++, k -= 32)
        {
            uint r = NextUInt32();
            if (k < 32) r >>= 32 - k;
            BitConverter.TryWriteBytes(bytes.AsSpan(w * 4, 4), r);
        }
        return new BigInteger(bytes);
    }

    public BigInteger Below(BigInteger n)
    {
        int k = (int)n.GetBitLength();
        var r = GetRandBits(k);
        while (r >= n) r = GetRandBits(k);
        return r;
    }

    public (uint[] State, int Index) GetState() => ((uint[])mt.Clone(), index);
    public void SetState(uint[] state, int idx) { state.CopyTo(mt, 0); index = idx; }
}
