using System;
using System.Collections.Generic;
using System.Linq;
using ViewAnalyzers.Flow;
using Xunit;

namespace ViewAnalyzers.Tests.Flow
{
    /// <summary>The persistent state map of the forward pass, checked against a plain dictionary model.</summary>
    public class ValueMapTests
    {
        private static readonly ArrayValue[] Pool = Enumerable.Range(0, 6)
            .Select(i => new ArrayValue(ValueKind.Copy, null, null, null, "copy " + i, false, false))
            .Append(ArrayValue.Unknown)
            .ToArray();

        // Odd slots default to Unknown, even ones to a known value, as locals and parameters do.
        private static ArrayValue DefaultOf(int slot) => slot % 2 == 0 ? Pool[0] : ArrayValue.Unknown;

        [Theory]
        [InlineData(5)]
        [InlineData(16)]
        [InlineData(17)]
        [InlineData(300)]
        [InlineData(5000)]
        public void Set_get_join_and_compare_agree_with_a_dictionary(int capacity)
        {
            var random = new Random(capacity);
            var maps = new List<(ValueMap Map, Dictionary<int, ArrayValue> Model)> { (ValueMap.Empty(capacity), new Dictionary<int, ArrayValue>()) };
            for (int step = 0; step < 400; step++)
            {
                var (map, model) = maps[random.Next(maps.Count)];
                if (random.Next(3) == 0)
                {
                    var (other, otherModel) = maps[random.Next(maps.Count)];
                    var joined = ValueMap.Join(map, other, DefaultOf);
                    var joinedModel = new Dictionary<int, ArrayValue>();
                    foreach (var slot in model.Keys.Union(otherModel.Keys))
                    {
                        joinedModel[slot] = ArrayValue.Join(model.TryGetValue(slot, out var a) ? a : DefaultOf(slot), otherModel.TryGetValue(slot, out var b) ? b : DefaultOf(slot));
                    }

                    maps.Add((joined, joinedModel));
                }
                else
                {
                    int slot = random.Next(capacity);
                    var value = Pool[random.Next(Pool.Length)];
                    var changed = map.With(slot, value);
                    maps.Add((changed, new Dictionary<int, ArrayValue>(model) { [slot] = value }));
                }
            }

            foreach (var (map, model) in maps)
            {
                for (int slot = 0; slot < capacity; slot++)
                {
                    Assert.Equal(model.TryGetValue(slot, out var expected) ? expected : null, map[slot]);
                }
            }

            for (int i = 0; i < 200; i++)
            {
                var (a, modelA) = maps[random.Next(maps.Count)];
                var (b, modelB) = maps[random.Next(maps.Count)];
                bool same = modelA.Count == modelB.Count && modelA.All(p => modelB.TryGetValue(p.Key, out var v) && v.Equals(p.Value));
                Assert.Equal(same, a.SameAs(b));
            }
        }

        [Theory]
        [InlineData(5)]
        [InlineData(300)]
        [InlineData(5000)]
        public void A_run_of_sets_with_an_edit_token_ends_where_plain_sets_do_and_leaves_earlier_maps_alone(int capacity)
        {
            var random = new Random(capacity);
            var start = ValueMap.Empty(capacity);
            for (int i = 0; i < 40; i++)
            {
                start = start.With(random.Next(capacity), Pool[random.Next(Pool.Length)]);
            }

            var before = Enumerable.Range(0, capacity).Select(slot => start[slot]).ToArray();
            for (int run = 0; run < 20; run++)
            {
                // Each run starts from the previous run's result, as a block's transfer starts from its input.
                var edit = new object();
                var edited = start;
                var plain = start;
                var previousRunResult = Enumerable.Range(0, capacity).Select(slot => start[slot]).ToArray();
                for (int set = 0; set < 30; set++)
                {
                    int slot = random.Next(capacity);
                    var value = Pool[random.Next(Pool.Length)];
                    edited = edited.With(slot, value, edit);
                    plain = plain.With(slot, value);
                }

                Assert.True(edited.SameAs(plain));
                Assert.Equal(previousRunResult, Enumerable.Range(0, capacity).Select(slot => start[slot]));
                start = edited;
            }

            Assert.NotEqual(before, Enumerable.Range(0, capacity).Select(slot => start[slot]));
        }

        [Fact]
        public void Setting_an_equal_value_keeps_the_instance()
        {
            var map = ValueMap.Empty(100).With(42, Pool[1]);
            Assert.Same(map, map.With(42, new ArrayValue(ValueKind.Copy, null, null, null, "copy 1", false, false)));
            Assert.NotSame(map, map.With(42, Pool[2]));
        }

        [Fact]
        public void Joining_a_map_with_one_that_agrees_returns_it_unchanged()
        {
            var map = ValueMap.Empty(1000).With(3, Pool[1]).With(700, Pool[2]);
            var same = ValueMap.Empty(1000).With(700, Pool[2]).With(3, Pool[1]);
            Assert.Same(map, ValueMap.Join(map, same, DefaultOf));
            Assert.Same(map, ValueMap.Join(map, map, DefaultOf));
        }

        [Fact]
        public void A_slot_set_on_one_side_only_joins_with_its_default()
        {
            var empty = ValueMap.Empty(40);
            var known = empty.With(2, Pool[0]).With(4, Pool[3]);
            var joined = ValueMap.Join(known, empty, DefaultOf);
            Assert.Equal(Pool[0], joined[2]);
            Assert.Equal(ArrayValue.Unknown, joined[4]);
            Assert.Null(joined[6]);
        }
    }
}
