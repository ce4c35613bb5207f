using System.Runtime.InteropServices;

namespace Pytk.Cli;

/// <summary>
/// An output stream straight onto a Unix file descriptor with write(2). .NET's alternatives each get one
/// thing wrong for a command-line tool: its console stream sets up the terminal on the first write (writing
/// `ESC[?1h ESC=` to it, never undone) and reports success for writes to a closed pipe; a FileStream on a
/// regular file writes at an offset of its own (pwrite), so `pytk a > out 2>&1` or `(pytk a; echo b) > out`
/// overwrite each other. write(2) uses the descriptor's shared offset, and EPIPE surfaces as an IOException
/// with HResult 32 (the VM raises BrokenPipeError; Program.Run stops quietly).
/// </summary>
sealed partial class FdStream(int fd) : Stream
{
    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint Write(int fd, byte* buffer, nint count);

    const int EINTR = 4, EAGAIN = 11, EPIPE = 32;

    public override unsafe void Write(ReadOnlySpan<byte> buffer)
    {
        fixed (byte* start = buffer)
        {
            int done = 0;
            while (done < buffer.Length)
            {
                nint n = Write(fd, start + done, buffer.Length - done);
                if (n >= 0) { done += (int)n; continue; }
                int errno = Marshal.GetLastPInvokeError();
                if (errno == EINTR) continue;
                if (errno == EAGAIN) { Thread.Sleep(1); continue; }   // a non-blocking descriptor that is full
                if (errno == EPIPE) throw new IOException("Broken pipe", EPIPE);
                throw new IOException(Marshal.GetPInvokeErrorMessage(errno), errno);
            }
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
    public override void WriteByte(byte value) => Write([value]);
    public override void Flush() { }
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
