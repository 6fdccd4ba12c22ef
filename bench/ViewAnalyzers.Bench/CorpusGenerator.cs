using System;
using System.Collections.Generic;
using System.Text;

namespace ViewAnalyzers.Bench
{
    /// <summary>
    /// Writes a realistic NumSharp codebase of a given size, deterministically: slicing, fancy indexing, masks,
    /// in-place updates, loops, branches, try/finally, lambdas, helper methods and classes, and a few of the
    /// mistakes the rules look for. The same generator writes a same-size codebase that does not use NumSharp.
    /// </summary>
    public static class CorpusGenerator
    {
        private const int LinesPerFile = 500;

        /// <summary>Files (name, text) totalling about <paramref name="lines"/> lines.</summary>
        public static List<(string Name, string Text)> Generate(int lines, bool withNumSharp, int seed = 12345)
        {
            var random = new Random(seed);
            var files = new List<(string, string)>();
            int written = 0;
            for (int file = 0; written < lines; file++)
            {
                var text = File(file, random, withNumSharp);
                written += CountLines(text);
                files.Add(($"Generated{file}.cs", text));
            }

            return files;
        }

        /// <summary>One file holding a single method of about <paramref name="lines"/> lines.</summary>
        public static (string Name, string Text) LongMethod(int lines, bool withNumSharp, int seed = 54321)
        {
            var random = new Random(seed);
            var body = new StringBuilder();
            int i = 0;
            while (CountLines(body.ToString()) < lines)
            {
                body.Append(withNumSharp ? NumSharpBlock(i, random) : PlainBlock(i, random));
                i++;
            }

            var text = Header(withNumSharp) + "public static class LongMethodHolder\n{\n    public static object Run(" + (withNumSharp ? "NDArray input" : "double[] input") + ")\n    {\n"
                + (withNumSharp ? "        var a = input.copy();\n        var m = np.arange(24).reshape(4, 6);\n" : "        var a = (double[])input.Clone();\n        var m = new double[24];\n")
                + body + "        return a;\n    }\n}\n";
            return ("LongMethod.cs", text);
        }

        public static int CountLines(string text)
        {
            int count = 0;
            foreach (var c in text)
            {
                if (c == '\n')
                {
                    count++;
                }
            }

            return count;
        }

        private static string Header(bool withNumSharp) =>
            withNumSharp
                ? "using System;\nusing System.Collections.Generic;\nusing NumSharp;\n\nnamespace Generated;\n\n"
                : "using System;\nusing System.Collections.Generic;\nusing System.Linq;\n\nnamespace Generated;\n\n";

        private static string File(int index, Random random, bool withNumSharp)
        {
            var text = new StringBuilder(Header(withNumSharp));
            text.Append($"public sealed class Model{index}\n{{\n");
            text.Append(withNumSharp
                ? $"    private static readonly NDArray Weights{index} = np.ones(8);\n    private NDArray state = np.zeros(8);\n\n"
                : $"    private static readonly double[] Weights{index} = new double[8];\n    private double[] state = new double[8];\n\n");
            int method = 0;
            while (CountLines(text.ToString()) < LinesPerFile)
            {
                text.Append(withNumSharp ? NumSharpMethod(index, method, random) : PlainMethod(index, method, random));
                method++;
            }

            text.Append("}\n");
            return text.ToString();
        }

        private static string NumSharpMethod(int file, int method, Random random)
        {
            string name = $"Step{file}_{method}";
            int v = random.Next(1, 100);
            switch (random.Next(12))
            {
                case 0:
                    return $$"""
                            public static NDArray {{name}}(NDArray data)
                            {
                                var head = data["0:4"];
                                var total = head.sum();
                                for (int k = 0; k < 4; k++)
                                {
                                    data[k % 2] = k + {{v}};
                                }

                                return data * 2;
                            }

                        """;
                case 1:
                    return $$"""
                            public void {{name}}(NDArray data)
                            {
                                var idx = new[] { 0, 2, 3 };
                                var picked = data[idx];
                                picked[0] = {{v}};
                                data[idx] = picked;
                                state["..."] = data["0:8"];
                            }

                        """;
                case 2:
                    return $$"""
                            public static void {{name}}(NDArray data)
                            {
                                data[data > {{v}}] = 0;
                                data[data < 0] *= -1;
                                var big = data[data > {{v / 2}}];
                                Console.WriteLine(big.size);
                            }

                        """;
                case 3:
                    return $$"""
                            public static NDArray {{name}}()
                            {
                                var m = np.arange(12).reshape(3, 4);
                                var row = m[1];
                                row.fill({{v}});
                                var t = m.T;
                                var flat = t.ravel();
                                Console.WriteLine(flat.sum());
                                return m;
                            }

                        """;
                case 4:
                    return $$"""
                            private static void Zero{{name}}(NDArray x)
                            {
                                x["..."] = 0;
                            }

                            private static NDArray Head{{name}}(NDArray x) => x["0:3"];

                            public static NDArray {{name}}(NDArray data)
                            {
                                var copy = data.copy();
                                Zero{{name}}(copy["1:3"]);
                                var h = Head{{name}}(copy);
                                h[0] = {{v}};
                                return copy;
                            }

                        """;
                case 5:
                    return $$"""
                            public static double {{name}}(NDArray data, int mode)
                            {
                                var window = data["1:5"];
                                switch (mode)
                                {
                                    case 0:
                                        window["..."] = window * 2;
                                        break;
                                    case 1:
                                        window[0] = {{v}};
                                        break;
                                    default:
                                        Console.WriteLine(window);
                                        break;
                                }

                                return (double)data.sum();
                            }

                        """;
                case 6:
                    return $$"""
                            public NDArray {{name}}(NDArray data)
                            {
                                var scratch = np.zeros(8);
                                try
                                {
                                    scratch["..."] = data["0:8"];
                                    scratch[0] = {{v}};
                                }
                                finally
                                {
                                    Console.WriteLine(scratch);
                                }

                                return scratch;
                            }

                        """;
                case 7:
                    return $$"""
                            public static Func<NDArray> {{name}}(NDArray data)
                            {
                                var view = data["2:6"];
                                Func<NDArray> make = () => view * {{v}};
                                var list = new List<NDArray> { view };
                                return make;
                            }

                        """;
                case 8:
                    return $$"""
                            public static NDArray {{name}}(NDArray data)
                            {
                                var selected = data[new[] { 1, 3 }];
                                selected["..."] = {{v}};
                                var window = data["0:2"];
                                window += 1;
                                return data;
                            }

                        """;
                case 9:
                    return $$"""
                            public static NDArray {{name}}(NDArray data, int n)
                            {
                                var current = data;
                                var view = current["1:"];
                                int k = 0;
                                while (k < n && view.size > 1)
                                {
                                    view = view["1:"];
                                    k++;
                                }

                                var values = new int[] { 1, 2, 3 };
                                var alias = np.asarray(values);
                                Console.WriteLine(alias.sum());
                                return view;
                            }

                        """;
                case 10:
                    return $$"""
                            public static NDArray {{name}}(NDArray a, NDArray b)
                            {
                                var c = a * {{v}} + b;
                                var d = c.copy();
                                d[0] = 1;
                                np.copyto(c["0:2"], d["0:2"]);
                                return c + d;
                            }

                        """;
                default:
                    return $$"""
                            public static NDArray {{name}}(NDArray data)
                            {
                                var shared = Weights{{file}}["0:4"];
                                var local = data["0:4"].copy();
                                local["..."] = local + shared;
                                for (int i = 0; i < 3; i++)
                                {
                                    if (i % 2 == 0)
                                    {
                                        local[i] = {{v}};
                                    }
                                }

                                return local;
                            }

                        """;
            }
        }

        private static string PlainMethod(int file, int method, Random random)
        {
            string name = $"Step{file}_{method}";
            int v = random.Next(1, 100);
            switch (random.Next(4))
            {
                case 0:
                    return $$"""
                            public static double[] {{name}}(double[] data)
                            {
                                var head = data.Take(4).ToArray();
                                var total = head.Sum();
                                for (int k = 0; k < 4; k++)
                                {
                                    data[k % 2] = k + {{v}};
                                }

                                return data.Select(x => x * 2).ToArray();
                            }

                        """;
                case 1:
                    return $$"""
                            public void {{name}}(double[] data)
                            {
                                var idx = new[] { 0, 2, 3 };
                                var picked = idx.Select(i => data[i]).ToArray();
                                picked[0] = {{v}};
                                for (int i = 0; i < idx.Length; i++)
                                {
                                    data[idx[i]] = picked[i];
                                }
                            }

                        """;
                case 2:
                    return $$"""
                            public static double {{name}}(double[] data, int mode)
                            {
                                var window = data.AsSpan(1, 4);
                                switch (mode)
                                {
                                    case 0:
                                        window[0] *= 2;
                                        break;
                                    default:
                                        Console.WriteLine(window.Length);
                                        break;
                                }

                                try
                                {
                                    return data.Sum() + {{v}};
                                }
                                finally
                                {
                                    Console.WriteLine(data.Length);
                                }
                            }

                        """;
                default:
                    return $$"""
                            public static Func<double> {{name}}(double[] data)
                            {
                                var copy = (double[])data.Clone();
                                copy[0] = {{v}};
                                var list = new List<double[]> { copy };
                                return () => copy.Sum() + list.Count;
                            }

                        """;
            }
        }

        private static string NumSharpBlock(int i, Random random)
        {
            int v = random.Next(1, 100);
            return (i % 5) switch
            {
                0 => $"        var s{i} = a[\"1:4\"];\n        s{i}[0] = {v};\n        Console.WriteLine(s{i});\n",
                1 => $"        var f{i} = a[new[] {{ 0, 2 }}];\n        f{i}[0] = {v};\n        a[new[] {{ 0, 2 }}] = f{i};\n",
                2 => $"        if (a.size > {v})\n        {{\n            var r{i} = m[{i % 4}];\n            r{i}.fill({v});\n        }}\n",
                3 => $"        for (int k{i} = 0; k{i} < 3; k{i}++)\n        {{\n            a[a > {v}] = k{i};\n        }}\n",
                _ => $"        var c{i} = a.copy();\n        c{i} += {v};\n        a = c{i}[\"...\"];\n",
            };
        }

        private static string PlainBlock(int i, Random random)
        {
            int v = random.Next(1, 100);
            return (i % 4) switch
            {
                0 => $"        var s{i} = a.AsSpan(1, 3);\n        s{i}[0] = {v};\n        Console.WriteLine(s{i}.Length);\n",
                1 => $"        var f{i} = new[] {{ a[0], a[2] }};\n        f{i}[0] = {v};\n        a[0] = f{i}[0];\n",
                2 => $"        if (a.Length > {v})\n        {{\n            var r{i} = new double[6];\n            Array.Fill(r{i}, {v});\n        }}\n",
                _ => $"        for (int k{i} = 0; k{i} < 3; k{i}++)\n        {{\n            a[k{i} % a.Length] = k{i};\n        }}\n",
            };
        }
    }
}
