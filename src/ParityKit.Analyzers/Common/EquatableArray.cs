using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ParityKit.Analyzers.Common
{
    /// <summary>
    /// An immutable array compared by its elements, so generator pipeline models that hold collections stay
    /// value-equatable and cache between runs.
    /// </summary>
    /// <remarks>
    /// A class, not a struct: every incremental pipeline node is generic over its value type, and the runtime shares
    /// one compiled copy of a node among all reference types but compiles it again for every distinct struct shape
    /// (each <c>EquatableArray&lt;T&gt;</c>, each tuple of them). As a struct this type made a cold build JIT about
    /// 3,000 more methods (measured: docs/performance.md).
    /// </remarks>
    internal sealed class EquatableArray<T> : IEquatable<EquatableArray<T>>, IEnumerable<T>
        where T : IEquatable<T>
    {
        public static readonly EquatableArray<T> Empty = new(ImmutableArray<T>.Empty);

        private readonly ImmutableArray<T> _items;

        public EquatableArray(ImmutableArray<T> items) => _items = items;

        public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

        public int Length => AsImmutableArray().Length;

        public bool IsEmpty => Length == 0;

        public T this[int index] => AsImmutableArray()[index];

        public bool Equals(EquatableArray<T>? other)
        {
            if (other is null)
            {
                return false;
            }

            if (ReferenceEquals(this, other))
            {
                return true;
            }

            ImmutableArray<T> left = AsImmutableArray();
            ImmutableArray<T> right = other.AsImmutableArray();
            if (left.Length != right.Length)
            {
                return false;
            }

            for (int i = 0; i < left.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            int hash = 17;
            foreach (T item in AsImmutableArray())
            {
                hash = HashCombiner.Combine(hash, item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
            }

            return hash;
        }

        public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

        public static bool operator ==(EquatableArray<T>? left, EquatableArray<T>? right) => left is null ? right is null : left.Equals(right);

        public static bool operator !=(EquatableArray<T>? left, EquatableArray<T>? right) => !(left == right);
    }

    internal static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T> => new(ImmutableArray.CreateRange(items));

        public static EquatableArray<T> ToEquatableArray<T>(this ImmutableArray<T> items)
            where T : IEquatable<T> => items.IsDefaultOrEmpty ? EquatableArray<T>.Empty : new(items);
    }
}
