namespace NewsBot.Core.Evaluation;

/// <summary>
/// Fits linear sentence weights with a listwise objective: for each question, maximise the softmax probability mass of
/// the candidates whose quote holds an answer among all its candidates. This optimises what AnswerInQuote@1 rewards
/// (the best candidate of each question, not every candidate's label on its own). Full-batch Adam, L2 on non-bias weights.
/// </summary>
internal static class ListwiseRanker
{
    public static double[] Fit(IReadOnlyList<(double[][] Rows, bool[] Labels)> lists, int dimensions, double l2, int iterations = 300)
    {
        var weights = new double[dimensions];
        var m = new double[dimensions];
        var v = new double[dimensions];
        const double Rate = 0.05, Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;
        var scores = new double[lists.Max(l => l.Rows.Length)];
        for (var t = 1; t <= iterations; t++)
        {
            var gradient = new double[dimensions];
            foreach (var (rows, labels) in lists)
            {
                double max = double.MinValue;
                for (var i = 0; i < rows.Length; i++)
                {
                    scores[i] = LogisticRegression.Dot(weights, rows[i]);
                    max = Math.Max(max, scores[i]);
                }

                double all = 0, positive = 0;
                for (var i = 0; i < rows.Length; i++)
                {
                    var e = Math.Exp(scores[i] - max);
                    all += e;
                    positive += labels[i] ? e : 0;
                }

                for (var i = 0; i < rows.Length; i++)
                {
                    var e = Math.Exp(scores[i] - max);
                    var coefficient = (labels[i] ? e / positive : 0) - (e / all);
                    for (var d = 0; d < dimensions; d++)
                    {
                        gradient[d] += coefficient * rows[i][d];
                    }
                }
            }

            for (var d = 0; d < dimensions; d++)
            {
                var g = (gradient[d] / lists.Count) - (d == 0 ? 0 : l2 * weights[d]);
                m[d] = (Beta1 * m[d]) + ((1 - Beta1) * g);
                v[d] = (Beta2 * v[d]) + ((1 - Beta2) * g * g);
                var mHat = m[d] / (1 - Math.Pow(Beta1, t));
                var vHat = v[d] / (1 - Math.Pow(Beta2, t));
                weights[d] += Rate * mHat / (Math.Sqrt(vHat) + Epsilon);
            }
        }

        return weights;
    }
}
