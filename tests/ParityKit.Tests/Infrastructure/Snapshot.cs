using System.Runtime.CompilerServices;

namespace ParityKit.Tests.Infrastructure;

/// <summary>
/// Compares generated text with a committed <c>Snapshots/&lt;TestName&gt;.verified.cs</c> next to the test file. On a
/// mismatch it writes <c>&lt;TestName&gt;.received.cs</c> beside it (git-ignored) to diff against; with
/// <c>PARITYKIT_ACCEPT_SNAPSHOTS=1</c> it overwrites the verified file instead (review the diff before committing).
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "PARITYKIT_ACCEPT_SNAPSHOTS";

    public static void Verify(string actual, [CallerMemberName] string name = "", [CallerFilePath] string testFile = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        string verified = Path.Combine(directory, name + ".verified.cs");
        string received = Path.Combine(directory, name + ".received.cs");
        actual = Normalize(actual);

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"Generated source differs from {verified}. Compare with {received}; if the change is intended, rerun with {AcceptVariable}=1."
            : $"No snapshot {verified} yet. Review {received}, then rerun with {AcceptVariable}=1 to accept it.");
    }

    // A checkout with CRLF line endings must not fail the comparison; generated code always uses '\n'.
    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
