# Independent Erlang A oracle: the birth–death chain of M/M/n+M, and for SL the exact per-state
# probability that a caller seeing j callers ahead is answered within t (hypoexponential stages).
from mpmath import mp, mpf, exp, factorial, fsum
mp.dps = 250
def erlang_a(A, n, r, tt, K=400):
    A = mpf(A); r = mpf(r); tt = mpf(tt)
    pis = []
    for k in range(n): pis.append(A**k/factorial(k))
    p = A**n/factorial(n)
    pis.append(p)
    for i in range(1, K):
        p = p*A/(n+i*r); pis.append(p)
    Z = fsum(pis)
    pis = [x/Z for x in pis]
    pw = fsum(pis[n:])
    pab = r*fsum((k-n)*pis[k] for k in range(n, len(pis)))/A
    sl = fsum(pis[:n]); wsum = mpf(0)
    for j in range(0, len(pis)-n):
        if pis[n+j] < mpf(10)**-40: break
        rates = [n+(m+1)*r for m in range(j+1)]
        surv = mpf(1)
        for i in range(j+1): surv *= (n+i*r)/(n+(i+1)*r)
        # hypoexponential CDF with distinct rates
        cdf = mpf(0)
        for kk, lk in enumerate(rates):
            c = mpf(1)
            for ll, lm in enumerate(rates):
                if ll != kk: c *= lm/(lm-lk)
            cdf += c*(1-exp(-lk*tt))
        sl += pis[n+j]*surv*cdf
        wsum += pis[n+j]*surv*fsum(1/x for x in rates)
    asa = wsum/(1-pab)
    return pw, pab, sl, asa
cases = [
 # A, n, aht, patience, t
 (10, 14, 180, 90, 20),
 (10, 12, 180, 180, 20),
 (48, 50, 240, 60, 15),
 (20, 15, 120, 80, 30),
 (10, 10, 180, 600, 20),
]
for A,n,h,theta,t in cases:
    pw,pab,sl,asa = erlang_a(A,n,mpf(h)/theta, mpf(t)/h)
    print(f"({A}, {n}, {h}, {theta}, {t}, {float(pw)!r}, {float(pab)!r}, {float(sl)!r}, {float(asa*h)!r}),")
