using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ParityKit.Analyzers.Common
{
    /// <summary>
    /// Locations in AdditionalFiles (appsettings*.json, Razor files, scripts): the file's path, the span and its line and
    /// column, so the diagnostic shows at the right line in the build output and the IDE. Spans are clamped to the text.
    /// </summary>
    internal static class AdditionalFileLocation
    {
        public static Location Create(AdditionalText file, SourceText text, int start, int length)
        {
            int clampedStart = Math.Max(0, Math.Min(start, text.Length));
            int clampedLength = Math.Max(0, Math.Min(length, text.Length - clampedStart));
            var span = new TextSpan(clampedStart, clampedLength);
            return Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
        }
    }
}
