namespace ParityKit.FixtureScaffolder;

internal static class RepoRoot
{
    /// <summary>The folder holding ParityKit.sln, found from the working directory upwards.</summary>
    public static string Find()
    {
        for (DirectoryInfo? dir = new(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParityKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the scaffolder from inside the ParityKit repository.");
    }
}
