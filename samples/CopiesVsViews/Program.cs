// The NumPy lesson "Copies vs Views", in C# with NumSharp 0.70.0.
//
// A basic slice is a VIEW: it shares memory with its source, so writing through it changes the source.
// Fancy and boolean indexing return COPIES: writing into them never reaches the source.
// The two "common mistakes" at the end are exactly what ViewAnalyzers reports at compile time.
using System;
using NumSharp;

namespace CopiesVsViews
{
    public static class Program
    {
        public static void Main()
        {
            SliceIsAView();
            RowOfAMatrixIsAView();
            CopyIsIndependent();
            FancyIndexingCopies();
            BooleanMaskCopies();
            ReshapeIsAView();
            Exercise();
            MistakeEditedSliceChangedTheOriginal();
            MistakeExpectedFancyIndexingToUpdateTheOriginal();
        }

        private static void SliceIsAView()
        {
            Console.WriteLine("== A slice is a view ==");
            var arr = np.array(new[] { 10, 20, 30, 40, 50 });
            var s = arr["1:4"];
            Console.WriteLine($"s = {s}");
#pragma warning disable VA0001 // The lesson writes through the view on purpose, to show that 'arr' changes.
            s[0] = 999;
#pragma warning restore VA0001
            Console.WriteLine($"after s[0] = 999: s = {s}");
            Console.WriteLine($"arr = {arr}");
        }

        private static void RowOfAMatrixIsAView()
        {
            Console.WriteLine("== A row of a matrix is a view ==");
            var m = np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } });
            var row = m[0];
            row[":"] = 0;
            Console.WriteLine($"m = {Flat(m)}");
        }

        private static void CopyIsIndependent()
        {
            Console.WriteLine("== .copy() is independent ==");
            var arr = np.array(new[] { 10, 20, 30, 40, 50 });
            var view = arr["1:4"];
            var copy = arr["1:4"].copy();
            copy[0] = -1;
            Console.WriteLine($"copy = {copy}, arr = {arr}");
            Console.WriteLine($"view.@base: {Describe(view.@base)}");
            Console.WriteLine($"copy.@base: {Describe(copy.@base)}");
        }

        private static void FancyIndexingCopies()
        {
            Console.WriteLine("== Fancy indexing makes a copy ==");
            var arr = np.array(new[] { 10, 20, 30, 40, 50 });
            var picked = arr[new[] { 0, 2, 4 }];
            picked[0] = -1;
            Console.WriteLine($"picked = {picked}");
            Console.WriteLine($"arr = {arr}");
        }

        private static void BooleanMaskCopies()
        {
            Console.WriteLine("== A boolean mask makes a copy ==");
            var arr = np.array(new[] { 10, 20, 30, 40, 50 });
            var big = arr[arr > 25];
            Console.WriteLine($"big = {big}");
            Console.WriteLine($"big.@base: {Describe(big.@base)}");
        }

        private static void ReshapeIsAView()
        {
            Console.WriteLine("== reshape of a contiguous array is a view ==");
            var a = np.arange(6);
            var r = a.reshape(2, 3);
#pragma warning disable VA0001 // On purpose: the lesson shows that 'a' changes too.
            r[0, 0] = 100;
#pragma warning restore VA0001
            Console.WriteLine($"r = {Flat(r)}");
            Console.WriteLine($"a = {a}");
        }

        private static void Exercise()
        {
            Console.WriteLine("== Exercise: make editing the slice NOT change the original ==");
            var original = np.array(new[] { 1, 2, 3, 4, 5 });
            var part = original["0:3"].copy();
            part[0] = 99;
            Console.WriteLine($"part = {part}");
            Console.WriteLine($"original = {original}");
            Console.WriteLine($"part.@base: {Describe(part.@base)}");
        }

        private static void MistakeEditedSliceChangedTheOriginal()
        {
            Console.WriteLine("== Common mistake 1: the edited slice changed the original ==");
            var prices = np.array(new[] { 10, 20, 30, 40, 50 });
            var backup = prices["0:3"];   // meant as a backup, but it is a view
            backup[0] = 0;
            Console.WriteLine($"backup = {backup}");
            Console.WriteLine($"prices = {prices}");
        }

        private static void MistakeExpectedFancyIndexingToUpdateTheOriginal()
        {
            Console.WriteLine("== Common mistake 2: expected fancy indexing to update the original ==");
            var arr = np.array(new[] { 10, 20, 30, 40, 50 });
            var selected = arr[new[] { 0, 2 }];
            selected["..."] = 0;           // lost: 'selected' is a copy
            Console.WriteLine($"after writing into the copy: arr = {arr}");
            arr[new[] { 0, 2 }] = 0;       // the fix: assign through the indexer, in place
            Console.WriteLine($"after arr[[0, 2]] = 0: arr = {arr}");
        }

        private static string Describe(NDArray? baseArray) => baseArray is null ? "null" : $"{baseArray} (the parent)";

        private static string Flat(NDArray a) => a.ToString().Replace(Environment.NewLine, string.Empty).Replace("\n", string.Empty);
    }
}
