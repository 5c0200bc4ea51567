using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.DataShape.Schema;

namespace ParityKit.Analyzers.DataShape.SchemaSummary
{
    /// <summary>
    /// The compact text a migrations assembly carries in <c>[assembly: AssemblyMetadata("ParityKit.Schema", ...)]</c>.
    /// One record a line, tab-separated fields, a version header; <c>\\</c>, <c>\t</c>, <c>\n</c> escaped and
    /// <c>\0</c> for null. Deterministic: the same schema always gives the same text. A reader of another version, or
    /// of text it cannot read, gets nothing rather than a wrong schema.
    /// </summary>
    internal static class SchemaSummaryFormat
    {
        public const string MetadataKey = "ParityKit.Schema";
        public const string Header = "paritykit-schema\t1";

        public static string Write(DatabaseSchema schema)
        {
            var text = new StringBuilder(Header);
            foreach (ContextSchema context in schema.Contexts)
            {
                Line(text, "C", context.Context, context.Provider);
                foreach (string migration in context.Migrations)
                {
                    Line(text, "M", migration);
                }

                foreach (SchemaTable table in context.Tables)
                {
                    Line(text, "T", table.Schema, table.Name);
                    foreach (SchemaColumn column in table.Columns)
                    {
                        Line(text, "c", column.Name, column.StoreType, Flag(column.Nullable));
                    }
                }

                foreach (SchemaChange change in context.Changes)
                {
                    Line(text, "X", change.Kind.ToString(), change.Schema, change.Table, change.Column, change.NewName, change.Migration, change.CurrentTable);
                }

                if (context.Snapshot is { } snapshot)
                {
                    Line(text, "N", snapshot.DefaultSchema);
                    foreach (SnapshotEntity entity in snapshot.Entities)
                    {
                        Line(text, "E", entity.EntityType, entity.Schema, entity.Table, Flag(entity.Owned));
                        foreach (SnapshotProperty property in entity.Properties)
                        {
                            Line(text, "p", property.Name, property.Column, property.ClrType, property.StoreType, Flag(property.Required), Flag(property.Generated));
                        }
                    }
                }
            }

            return text.ToString();
        }

        /// <summary>Reads a summary; null when the text is not one this version understands.</summary>
        public static DatabaseSchema? Read(string? text)
        {
            if (text == null || !text.StartsWith(Header + "\n", StringComparison.Ordinal) && text != Header)
            {
                return null;
            }

            try
            {
                return Parse(text);
            }
            catch (FormatException)
            {
                return null;
            }
        }

        private static DatabaseSchema Parse(string text)
        {
            var contexts = ImmutableArray.CreateBuilder<ContextSchema>();
            ContextBuilder? current = null;
            string[] lines = text.Split('\n');
            for (int i = 1; i < lines.Length; i++)
            {
                string?[] f = Fields(lines[i]);
                switch (f[0])
                {
                    case "C":
                        if (current != null)
                        {
                            contexts.Add(current.Build());
                        }

                        current = new ContextBuilder(Required(f, 1), Optional(f, 2));
                        break;
                    case "M":
                        Need(current).Migrations.Add(Required(f, 1));
                        break;
                    case "T":
                        Need(current).Tables.Add((Optional(f, 1), Required(f, 2), new List<SchemaColumn>()));
                        break;
                    case "c":
                        List<(string?, string, List<SchemaColumn> Columns)> tables = Need(current).Tables;
                        if (tables.Count == 0)
                        {
                            throw new FormatException();
                        }

                        tables[tables.Count - 1].Columns.Add(new SchemaColumn(Required(f, 1), Optional(f, 2), Bool(f, 3)));
                        break;
                    case "X":
                        if (!Enum.TryParse(Required(f, 1), out SchemaChangeKind kind))
                        {
                            throw new FormatException();
                        }

                        Need(current).Changes.Add(new SchemaChange(kind, Optional(f, 2), Required(f, 3), Optional(f, 4), Optional(f, 5), Required(f, 6), Optional(f, 7)));
                        break;
                    case "N":
                        Need(current).HasSnapshot = true;
                        current!.DefaultSchema = Optional(f, 1);
                        break;
                    case "E":
                        Need(current).Entities.Add((Required(f, 1), Optional(f, 2), Optional(f, 3), Bool(f, 4), new List<SnapshotProperty>()));
                        break;
                    case "p":
                        var entities = Need(current).Entities;
                        if (entities.Count == 0)
                        {
                            throw new FormatException();
                        }

                        entities[entities.Count - 1].Properties.Add(new SnapshotProperty(Required(f, 1), Required(f, 2), Optional(f, 3), Optional(f, 4), Bool(f, 5), Bool(f, 6)));
                        break;
                    case "":
                        break;
                    default:
                        // A record kind from a later minor change: skip it, keep the rest.
                        break;
                }
            }

            if (current != null)
            {
                contexts.Add(current.Build());
            }

            return new DatabaseSchema(contexts.ToImmutable().ToEquatableArray());
        }

        private static ContextBuilder Need(ContextBuilder? current) => current ?? throw new FormatException();

        private static string Required(string?[] fields, int index) =>
            index < fields.Length && fields[index] is { } value ? value : throw new FormatException();

        private static string? Optional(string?[] fields, int index) => index < fields.Length ? fields[index] : null;

        private static bool Bool(string?[] fields, int index) => Optional(fields, index) == "1";

        private static string Flag(bool value) => value ? "1" : "0";

        private static void Line(StringBuilder text, string kind, params string?[] fields)
        {
            text.Append('\n').Append(kind);
            foreach (string? field in fields)
            {
                text.Append('\t');
                if (field == null)
                {
                    text.Append("\\0");
                    continue;
                }

                foreach (char c in field)
                {
                    switch (c)
                    {
                        case '\\': text.Append("\\\\"); break;
                        case '\t': text.Append("\\t"); break;
                        case '\n': text.Append("\\n"); break;
                        case '\r': text.Append("\\r"); break;
                        default: text.Append(c); break;
                    }
                }
            }
        }

        private static string?[] Fields(string line)
        {
            string[] raw = line.Split('\t');
            var fields = new string?[raw.Length];
            for (int i = 0; i < raw.Length; i++)
            {
                fields[i] = Unescape(raw[i]);
            }

            return fields;
        }

        private static string? Unescape(string field)
        {
            if (field == "\\0")
            {
                return null;
            }

            if (field.IndexOf('\\') < 0)
            {
                return field;
            }

            var value = new StringBuilder(field.Length);
            for (int i = 0; i < field.Length; i++)
            {
                char c = field[i];
                if (c != '\\')
                {
                    value.Append(c);
                    continue;
                }

                if (++i >= field.Length)
                {
                    throw new FormatException();
                }

                value.Append(field[i] switch
                {
                    '\\' => '\\',
                    't' => '\t',
                    'n' => '\n',
                    'r' => '\r',
                    _ => throw new FormatException(),
                });
            }

            return value.ToString();
        }

        private sealed class ContextBuilder
        {
            public ContextBuilder(string context, string? provider)
            {
                Context = context;
                Provider = provider;
            }

            public string Context { get; }

            public string? Provider { get; }

            public List<string> Migrations { get; } = new();

            public List<(string? Schema, string Name, List<SchemaColumn> Columns)> Tables { get; } = new();

            public List<SchemaChange> Changes { get; } = new();

            public bool HasSnapshot { get; set; }

            public string? DefaultSchema { get; set; }

            public List<(string EntityType, string? Schema, string? Table, bool Owned, List<SnapshotProperty> Properties)> Entities { get; } = new();

            public ContextSchema Build() => new(
                Context,
                Provider,
                Migrations.ToEquatableArray(),
                Tables.ConvertAll(t => new SchemaTable(t.Schema, t.Name, t.Columns.ToEquatableArray())).ToEquatableArray(),
                Changes.ToEquatableArray(),
                HasSnapshot
                    ? new SnapshotModel(Context, DefaultSchema, Entities.ConvertAll(e => new SnapshotEntity(e.EntityType, e.Schema, e.Table, e.Owned, e.Properties.ToEquatableArray())).ToEquatableArray())
                    : null);
        }
    }
}
