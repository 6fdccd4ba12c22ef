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

        /// <summary>Methods whose loops nest <paramref name="depth"/> deep, with views, copies and writes at every level.</summary>
        public static (string Name, string Text) DeepLoops(int methods, int depth, int seed = 2468)
        {
            var random = new Random(seed);
            var text = new StringBuilder(Header(withNumSharp: true) + "public static class DeepLoops\n{\n");
            for (int m = 0; m < methods; m++)
            {
                text.Append($"    public static NDArray Nest{m}(NDArray a, NDArray m)\n    {{\n        var current = a[\"...\"];\n");
                for (int level = 0; level < depth; level++)
                {
                    string pad = new string(' ', 8 + (level * 4));
                    int v = random.Next(1, 100);
                    text.Append($"{pad}for (int i{level} = 0; i{level} < 2; i{level}++)\n{pad}{{\n");
                    text.Append($"{pad}    var view{level} = current[\"1:\"];\n");
                    text.Append($"{pad}    var picked{level} = a[new[] {{ 0, {level % 3} }}];\n");
                    text.Append($"{pad}    picked{level}[0] = {v};\n");
                    text.Append($"{pad}    if (view{level}.size > {v}) {{ view{level}[0] = i{level}; current = view{level}; }}\n");
                }

                for (int level = depth - 1; level >= 0; level--)
                {
                    text.Append(new string(' ', 8 + (level * 4)) + "}\n");
                }

                text.Append("        return current;\n    }\n\n");
            }

            return ("DeepLoops.cs", text.Append("}\n").ToString());
        }

        /// <summary>One method in which <paramref name="count"/> variables alias one array through chains of views, copies and reassignments.</summary>
        public static (string Name, string Text) ManyAliases(int count, int seed = 1357)
        {
            var random = new Random(seed);
            var body = new StringBuilder("        var v0 = a[\"...\"];\n");
            for (int i = 1; i < count; i++)
            {
                int from = random.Next(Math.Max(0, i - 20), i);
                body.Append((i % 6) switch
                {
                    0 => $"        var v{i} = v{from}[\"1:\"];\n",
                    1 => $"        var v{i} = v{from};\n",
                    2 => $"        var v{i} = v{from}.T;\n        v{i}[0] = {i};\n",
                    3 => $"        var v{i} = v{from}[new[] {{ 0 }}];\n        v{i}[0] = {i};\n",
                    4 => $"        var v{i} = i > {random.Next(100)} ? v{from} : v{random.Next(0, i)};\n",
                    _ => $"        var v{i} = v{from}.reshape(-1);\n        if (v{i}.size > 1) {{ v{from} = v{i}[\"1:\"]; }}\n",
                });
            }

            var text = Header(withNumSharp: true) + "public static class ManyAliases\n{\n    public static NDArray Run(NDArray a, int i)\n    {\n" + body + "        return v0;\n    }\n}\n";
            return ("ManyAliases.cs", text);
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
