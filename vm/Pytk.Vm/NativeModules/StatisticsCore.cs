namespace Pytk.Vm.NativeModules;

/// <summary>
/// `_statistics`, as in CPython: NormalDist.inv_cdf's kernel in compiled code (test_statistics calls it a million
/// times). Wichura's algorithm AS241: rational approximations in a central region and two tail regions.
/// </summary>
public static class StatisticsCore
{
    public static PyModule Create()
    {
        var m = new PyModule("_statistics");
        m.Dict!["_normal_dist_inv_cdf"] = Def.Func("_normal_dist_inv_cdf", (a, kw) =>
        {
            if (a.Length != 3) throw Err.Type($"_normal_dist_inv_cdf expected 3 arguments, got {a.Length}");
            return new PyFloat(InvCdf(NumberMethods.ToDouble(a[0]), NumberMethods.ToDouble(a[1]), NumberMethods.ToDouble(a[2])));
        });
        return m;
    }

    // Horner's rule, highest coefficient first.
    static double Poly(double r, ReadOnlySpan<double> c)
    {
        double acc = c[0];
        for (int i = 1; i < c.Length; i++) acc = acc * r + c[i];
        return acc;
    }

    static ReadOnlySpan<double> CentralNum => [2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
        4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3, 1.3314166789178437745e+2, 3.3871328727963666080e+0];
    static ReadOnlySpan<double> CentralDen => [5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
        2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2, 4.2313330701600911252e+1, 1.0];
    static ReadOnlySpan<double> NearNum => [7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
        1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0, 4.63033784615654529590e+0, 1.42343711074968357734e+0];
    static ReadOnlySpan<double> NearDen => [1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
        1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0, 2.05319162663775882187e+0, 1.0];
    static ReadOnlySpan<double> FarNum => [2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
        2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0, 5.46378491116411436990e+0, 6.65790464350110377720e+0];
    static ReadOnlySpan<double> FarDen => [2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
        7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1, 5.99832206555887937690e-1, 1.0];

    public static double InvCdf(double p, double mu, double sigma)
    {
        double q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            double r0 = 0.180625 - q * q;
            return mu + Poly(r0, CentralNum) * q / Poly(r0, CentralDen) * sigma;
        }
        double r = Math.Sqrt(-Math.Log(q <= 0.0 ? p : 1.0 - p));
        double x;
        if (r <= 5.0) { r -= 1.6; x = Poly(r, NearNum) / Poly(r, NearDen); }
        else { r -= 5.0; x = Poly(r, FarNum) / Poly(r, FarDen); }
        if (q < 0.0) x = -x;
        return mu + x * sigma;
    }
}
