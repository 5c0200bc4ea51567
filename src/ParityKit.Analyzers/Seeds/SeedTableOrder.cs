using System.Collections.Generic;
using System.Collections.Immutable;
using ParityKit.Analyzers.Seeds.Models;

namespace ParityKit.Analyzers.Seeds
{
    /// <summary>
    /// Orders a seed's row sets principal-first, from the entities' navigations: an entity with a reference navigation
    /// to another seeded entity (<c>Order.User</c>) comes after it, and so does the element type of a collection
    /// navigation (<c>User.Orders</c>). Otherwise, and in cycles, declaration order stands. This is the order of the
    /// export for provisioners that are not .NET; <c>ApplyAsync</c> orders by the EF Core model's foreign keys at run time.
    /// </summary>
    internal static class SeedTableOrder
    {
        public static ImmutableArray<SeedRowSet> Sort(ImmutableArray<SeedRowSet> sets)
        {
            var seeded = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (SeedRowSet set in sets)
            {
                seeded.Add(set.EntityType);
            }

            // principals[entity] = the seeded entities that must be inserted before it.
            var principals = new Dictionary<string, HashSet<string>>(System.StringComparer.Ordinal);
            foreach (string entity in seeded)
            {
                principals[entity] = new HashSet<string>(System.StringComparer.Ordinal);
            }

            foreach (SeedRowSet set in sets)
            {
                foreach (string reference in set.ReferencedEntities)
                {
                    if (seeded.Contains(reference) && reference != set.EntityType && !Has(sets, reference, set.EntityType))
                    {
                        principals[set.EntityType].Add(reference);
                    }
                }

                foreach (string dependent in set.CollectionEntities)
                {
                    if (seeded.Contains(dependent) && dependent != set.EntityType)
                    {
                        principals[dependent].Add(set.EntityType);
                    }
                }
            }

            var done = new HashSet<string>(System.StringComparer.Ordinal);
            var visiting = new HashSet<string>(System.StringComparer.Ordinal);
            var entityOrder = new List<string>();
            foreach (SeedRowSet set in sets)
            {
                Visit(set.EntityType, principals, done, visiting, entityOrder);
            }

            ImmutableArray<SeedRowSet>.Builder ordered = ImmutableArray.CreateBuilder<SeedRowSet>(sets.Length);
            foreach (string entity in entityOrder)
            {
                foreach (SeedRowSet set in sets)
                {
                    if (set.EntityType == entity)
                    {
                        ordered.Add(set);
                    }
                }
            }

            return ordered.ToImmutable();
        }

        /// <summary>Whether <paramref name="from"/> has a reference navigation back to <paramref name="to"/> (one-to-one: no order implied).</summary>
        private static bool Has(ImmutableArray<SeedRowSet> sets, string from, string to)
        {
            foreach (SeedRowSet set in sets)
            {
                if (set.EntityType == from && set.ReferencedEntities.AsImmutableArray().Contains(to))
                {
                    return true;
                }
            }

            return false;
        }

        private static void Visit(string entity, Dictionary<string, HashSet<string>> principals, HashSet<string> done, HashSet<string> visiting, List<string> order)
        {
            if (done.Contains(entity) || !visiting.Add(entity))
            {
                return;
            }

            var sorted = new List<string>(principals[entity]);
            sorted.Sort(System.StringComparer.Ordinal);
            foreach (string principal in sorted)
            {
                Visit(principal, principals, done, visiting, order);
            }

            visiting.Remove(entity);
            done.Add(entity);
            order.Add(entity);
        }
    }
}
