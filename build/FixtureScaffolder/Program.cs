using ParityKit.FixtureScaffolder;

// Regenerates every committed migration set from its model sequence (see Sequences.cs). Each output folder is
// cleared first, so the files on disk are exactly what EF Core's scaffolder produced for the sequence.
string repoRoot = RepoRoot.Find();
foreach (ModelSequence sequence in Sequences.All)
{
    Console.WriteLine($"{sequence.ContextType.FullName} -> {sequence.OutputDirectory}");
    foreach (string file in SequenceScaffolder.Run(repoRoot, sequence))
    {
        Console.WriteLine("  " + Path.GetRelativePath(repoRoot, file).Replace('\\', '/'));
    }
}

return 0;
