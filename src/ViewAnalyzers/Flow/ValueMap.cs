using System;

namespace ViewAnalyzers.Flow
{
    /// <summary>
    /// The values of a flow's variables at one program point: an immutable map from a variable's slot (a small
    /// dense number given per flow) to its <see cref="ArrayValue"/>, absent meaning "the variable's default".
    /// </summary>
    /// <remarks>
    /// A persistent 16-way trie: setting a slot copies one path and shares the rest, so the states of the
    /// blocks of a method share almost everything. Joining and comparing two states skip every shared
    /// subtree, so their cost follows how much the states differ, not how many variables the method has;
    /// this is what keeps a method with a thousand array locals and thousands of blocks linear.
    /// A run of sets whose intermediate maps nobody keeps (the events of one block) can pass an edit token: nodes
    /// copied earlier in the same run carry it in their last cell and are changed in place, so a node is copied
    /// once per run rather than once per set. Nodes made before the run never carry its token and stay unchanged.
    /// </remarks>
    internal sealed class ValueMap
    {
        private const int Bits = 4;
        private const int Width = 1 << Bits;
        private const int Mask = Width - 1;

        // A node is Width cells and, in its last cell, the edit token of the run that made it (null for none).
        private const int NodeLength = Width + 1;

        private readonly object?[]? _root;
        private readonly int _levels;

        private ValueMap(object?[]? root, int levels)
        {
            _root = root;
            _levels = levels;
        }

        /// <summary>An empty map able to hold slots 0 to <paramref name="capacity"/> - 1.</summary>
        public static ValueMap Empty(int capacity)
        {
            int levels = 1;
            for (long reach = Width; reach < capacity; reach *= Width)
            {
                levels++;
            }

            return new ValueMap(null, levels);
        }

        /// <summary>The value stored for <paramref name="slot"/>, or null when none is.</summary>
        public ArrayValue? this[int slot]
        {
            get
            {
                var node = _root;
                for (int level = _levels - 1; level > 0 && node is not null; level--)
                {
                    node = (object?[]?)node[(slot >> (level * Bits)) & Mask];
                }

                return (ArrayValue?)node?[slot & Mask];
            }
        }

        /// <summary>This map with <paramref name="slot"/> set; the same instance when it already holds an equal value.</summary>
        public ValueMap With(int slot, ArrayValue value) => With(slot, value, edit: null);

        /// <summary>
        /// This map with <paramref name="slot"/> set, as one of a run of sets sharing <paramref name="edit"/> (an object
        /// new to the run; null for none): the maps the run made before this one may change too, and must be dropped.
        /// </summary>
        public ValueMap With(int slot, ArrayValue value, object? edit)
        {
            var current = this[slot];
            if (current is not null && (ReferenceEquals(current, value) || current.Equals(value)))
            {
                return this;
            }

            return new ValueMap(Set(_root, _levels - 1, slot, value, edit), _levels);
        }

        private static object?[] Set(object?[]? node, int level, int slot, ArrayValue value, object? edit)
        {
            object?[] target;
            if (node is not null && edit is not null && ReferenceEquals(node[Width], edit))
            {
                target = node;
            }
            else
            {
                target = node is null ? new object?[NodeLength] : (object?[])node.Clone();
                target[Width] = edit;
            }

            int i = (slot >> (level * Bits)) & Mask;
            target[i] = level == 0 ? value : Set((object?[]?)target[i], level - 1, slot, value, edit);
            return target;
        }

        /// <summary>Whether both maps hold the same values in the same slots (an absent slot differs from a present one).</summary>
        public bool SameAs(ValueMap other) => _levels == other._levels && SameNode(_root, other._root, _levels - 1);

        private static bool SameNode(object?[]? a, object?[]? b, int level)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (a is null || b is null)
            {
                return false;
            }

            for (int i = 0; i < Width; i++)
            {
                if (ReferenceEquals(a[i], b[i]))
                {
                    continue;
                }

                if (level == 0 ? !Equals(a[i], b[i]) : !SameNode((object?[]?)a[i], (object?[]?)b[i], level - 1))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Where two paths meet: each slot keeps its value when both agree and becomes Unknown otherwise, an
        /// absent slot standing for <paramref name="defaultOf"/> of it. Shared subtrees are not visited.
        /// </summary>
        public static ValueMap Join(ValueMap a, ValueMap b, Func<int, ArrayValue> defaultOf)
        {
            if (ReferenceEquals(a, b) || ReferenceEquals(a._root, b._root))
            {
                return a;
            }

            var root = JoinNode(a._root, b._root, a._levels - 1, 0, defaultOf);
            return ReferenceEquals(root, a._root) ? a : ReferenceEquals(root, b._root) ? b : new ValueMap(root, a._levels);
        }

        private static object?[]? JoinNode(object?[]? a, object?[]? b, int level, int prefix, Func<int, ArrayValue> defaultOf)
        {
            if (ReferenceEquals(a, b))
            {
                return a;
            }

            object?[]? result = null;
            bool sameAsA = true;
            bool sameAsB = true;
            for (int i = 0; i < Width; i++)
            {
                var left = a?[i];
                var right = b?[i];
                object? joined;
                if (ReferenceEquals(left, right))
                {
                    joined = left;
                }
                else if (level == 0)
                {
                    int slot = (prefix << Bits) | i;
                    var l = (ArrayValue?)left ?? defaultOf(slot);
                    var r = (ArrayValue?)right ?? defaultOf(slot);
                    var value = ArrayValue.Join(l, r);
                    joined = left is not null && value.Equals(left) ? left : right is not null && value.Equals(right) ? right : value;
                }
                else
                {
                    joined = JoinNode((object?[]?)left, (object?[]?)right, level - 1, (prefix << Bits) | i, defaultOf);
                }

                if (result is null)
                {
                    bool wasSameAsA = sameAsA;
                    sameAsA &= ReferenceEquals(joined, left);
                    sameAsB &= ReferenceEquals(joined, right);
                    if (sameAsA || sameAsB)
                    {
                        continue;
                    }

                    // The first cell that differs from both: a new node, its earlier cells those of the side they matched.
                    result = new object?[NodeLength];
                    var matched = wasSameAsA ? a : b;
                    if (matched is not null)
                    {
                        System.Array.Copy(matched, result, i);
                    }
                }

                result[i] = joined;
            }

            return result ?? (sameAsA ? a : b);
        }
    }
}
