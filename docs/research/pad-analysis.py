#!/usr/bin/env python3
"""Out-of-time analysis of UCDP PAD 22.1 (1975-2009) for hardground. Standard library only.
Run: python3 analysis.py [CSV]  (default data/ucdp-pad-22.1-merged-1975-2009.csv)"""
import csv, sys, math, random, datetime as dt, collections

CSV = sys.argv[1] if len(sys.argv) > 1 else 'data/ucdp-pad-22.1-merged-1975-2009.csv'
CENSOR = dt.date(2021, 12, 31)
rows = list(csv.DictReader(open(CSV, encoding='utf-8-sig')))
rows = [{k.strip(): v for k, v in r.items()} for r in rows]
D = lambda s: dt.date.fromisoformat(s[:10])
for r in rows:
    r['signed'] = D(r['pa_date'])
    r['ev'] = 1 if r['ended'] == '1.0' else 0
    end = D(r['duration']) if r['ev'] else CENSOR
    r['t'] = max((end - r['signed']).days, 0.5) / 365.25   # years; same-day ends -> 0.5 day
    r['end'] = end
    r['yr'] = r['signed'].year
    r['period'] = 'train' if r['yr'] <= 1999 else 'test'
    r['surv5'] = 0 if (r['ev'] and r['t'] <= 5) else 1
f = lambda r, c: float(r[c]) if r[c] not in ('', None) else None
b = lambda r, c: 1 if r[c] in ('1', '1.0') else 0

# ---- signing-time derived covariates ----
for r in rows:
    x = {}
    x['comprehensive'] = int(r['pa_type'] == '1'); x['peace_process'] = int(r['pa_type'] == '3')
    x['partial'] = int(r['pa_type'] == '2')
    for c in ['cease', 'intarmy', 'ddr', 'withd', 'pp', 'intgov', 'intciv', 'elections', 'interim', 'natalks',
              'shagov', 'aut', 'fed', 'ind', 'ref', 'shaloc', 'regdev', 'cul', 'demarcation', 'locgov', 'amn',
              'pris', 'recon', 'return', 'reaffirm', 'outlin', 'pko', 'co_impl', 'gender']:
        x[c] = b(r, c)
    x['inclusive'] = 1 if r['inclusive'] == '1' else 0
    x['not_inclusive'] = 1 - x['inclusive']
    x['multi_dyad'] = int(int(r['no_dyad']) >= 2)
    x['territory'] = int(r['incompatibility'] == '1')
    x['out_iss>0'] = int(r['out_iss'] != '0'); x['out_iss>=4'] = int(int(r['out_iss']) >= 4)
    x['frame=1'] = int(r['frame'] == '1'); x['frame=2'] = int(r['frame'] == '2'); x['frame=3'] = int(r['frame'] == '3')
    pol = x['shagov'] or x['intgov'] or x['intciv']; mil = x['intarmy']; ter = x['aut'] or x['fed'] or x['shaloc']
    x['ps_political'] = int(pol); x['ps_military'] = mil; x['ps_territorial'] = int(ter)
    x['ps_dims'] = int(pol) + mil + int(ter)
    x['ps_any'] = int(x['ps_dims'] > 0)
    x['n_prov'] = sum(x[c] for c in ['cease', 'intarmy', 'ddr', 'withd', 'pp', 'intgov', 'intciv', 'elections',
                  'interim', 'natalks', 'shagov', 'aut', 'fed', 'ind', 'ref', 'shaloc', 'regdev', 'cul',
                  'demarcation', 'locgov', 'amn', 'pris', 'recon', 'return'])
    p = f(r, 'v2x_polyarchy'); x['polyarchy'] = p
    x['poly<0.3'] = int(p < 0.3); x['poly0.3-0.5'] = int(0.3 <= p < 0.5); x['poly>=0.5'] = int(p >= 0.5)
    for k, name in {'1': 'europe', '2': 'mideast', '3': 'asia', '4': 'africa', '5': 'americas'}.items():
        x['reg_' + name] = int(r['region'] == k)
    g = f(r, 'gdp_per_capita'); x['lgdp'] = math.log(g) if g else None
    x['neighbor_at_war'] = b(r, 'neighbor_at_war')
    r['x'] = x

# repeat / churn: earlier rows of the same conflict (conflict_id), signed strictly before
byconf = collections.defaultdict(list)
for r in rows: byconf[r['conflict_id']].append(r)
for r in rows:
    prior = [q for q in byconf[r['conflict_id']] if q['signed'] < r['signed']]
    x = r['x']
    x['n_prior'] = len(prior); x['repeat'] = int(len(prior) > 0)
    x['prior_365'] = sum(1 for q in prior if (r['signed'] - q['signed']).days <= 365)
    x['churn1y'] = int(x['prior_365'] > 0)
    x['churn2y'] = int(any((r['signed'] - q['signed']).days <= 730 for q in prior))
    # precedent as known at signing: an earlier agreement of the conflict had ended before this signing
    x['prior_failed'] = int(any(q['ev'] and q['end'] < r['signed'] for q in prior))
    x['prior_inforce'] = int(any(not (q['ev'] and q['end'] < r['signed']) for q in prior))
    x['n_prior_failed'] = sum(1 for q in prior if q['ev'] and q['end'] < r['signed'])
    x['same_day_others'] = sum(1 for q in byconf[r['conflict_id']] if q is not r and q['signed'] == r['signed'])
    x['first_in_conflict'] = 1 - x['repeat']
    # same dyad (by dyad_name string)
    x['repeat_dyad'] = int(any(q['dyad_name'] == r['dyad_name'] and q['signed'] < r['signed'] for q in rows))

# ---- survival tools ----
def km(data, at=5.0):
    """Kaplan-Meier S(at)"""
    s = 1.0
    times = sorted(set(r['t'] for r in data if r['ev'] and r['t'] <= at))
    for u in times:
        n = sum(1 for r in data if r['t'] >= u); d = sum(1 for r in data if r['ev'] and r['t'] == u)
        s *= 1 - d / n
    return s

def cindex(data, risk, horizon=None):
    """Harrell's C; risk: higher = earlier failure. horizon: truncate follow-up (administrative censoring)."""
    conc = tot = 0.0
    T = [(min(r['t'], horizon) if horizon else r['t'], r['ev'] and (horizon is None or r['t'] <= horizon), risk(r)) for r in data]
    for i in range(len(T)):
        ti, ei, ri = T[i]
        if not ei: continue
        for j in range(len(T)):
            tj, ej, rj = T[j]
            if tj > ti or (tj == ti and not ej and i != j):
                tot += 1
                conc += 1 if ri > rj else 0.5 if ri == rj else 0
    return conc / tot if tot else float('nan')

def cox(data, covs, ridge=0.0, iters=30):
    """Cox PH, Breslow ties, Newton-Raphson with optional ridge. Returns beta, se."""
    X = [[r['x'][c] for c in covs] for r in data]
    p = len(covs); beta = [0.0] * p
    order = sorted(range(len(data)), key=lambda i: -data[i]['t'])
    for _ in range(iters):
        g = [-ridge * bj for bj in beta]; H = [[(ridge if a == c else 0.0) for c in range(p)] for a in range(p)]
        S0 = 0.0; S1 = [0.0] * p; S2 = [[0.0] * p for _ in range(p)]
        k = 0; idx = order
        while k < len(idx):
            # group of equal times
            t = data[idx[k]]['t']; grp = []
            while k < len(idx) and data[idx[k]]['t'] == t:
                grp.append(idx[k]); k += 1
            for i in grp:
                w = math.exp(min(50.0, sum(bj * xj for bj, xj in zip(beta, X[i]))))
                S0 += w
                for a in range(p):
                    S1[a] += w * X[i][a]
                    for c in range(p): S2[a][c] += w * X[i][a] * X[i][c]
            for i in grp:
                if data[i]['ev']:
                    for a in range(p):
                        g[a] += X[i][a] - S1[a] / S0
                        for c in range(p):
                            H[a][c] += S2[a][c] / S0 - S1[a] * S1[c] / S0 ** 2
        step = solve(H, g)
        beta = [max(-8.0, min(8.0, bj + max(-2.0, min(2.0, sj)))) for bj, sj in zip(beta, step)]
        if max(abs(s) for s in step) < 1e-9: break
    inv = invert(H)
    se = [math.sqrt(inv[a][a]) if inv[a][a] > 0 else float('nan') for a in range(p)]
    return beta, se

def solve(A, y):
    n = len(y); M = [row[:] + [y[i]] for i, row in enumerate(A)]
    for c in range(n):
        piv = max(range(c, n), key=lambda i: abs(M[i][c])); M[c], M[piv] = M[piv], M[c]
        if abs(M[c][c]) < 1e-12: M[c][c] = 1e-12
        for i in range(n):
            if i != c:
                fac = M[i][c] / M[c][c]
                for k in range(c, n + 1): M[i][k] -= fac * M[c][k]
    return [M[i][n] / M[i][i] for i in range(n)]

def invert(A):
    n = len(A); return [list(col) for col in zip(*[solve(A, [1.0 if i == j else 0.0 for i in range(n)]) for j in range(n)])]

train = [r for r in rows if r['period'] == 'train']; test = [r for r in rows if r['period'] == 'test']
out = []
P = lambda *a: out.append(' '.join(str(x) for x in a))

P('## Sample'); 
for name, d in [('1975-1999', train), ('2000-2009', test), ('all', rows)]:
    P(f'- {name}: n={len(d)}, ended={sum(r["ev"] for r in d)}, ended within 5y={sum(1-r["surv5"] for r in d)}, '
      f'KM S(1)={km(d,1):.3f}, S(5)={km(d,5):.3f}')

# ---- Q1: univariate, out of time ----
def uni(c, d):
    have = [r for r in d if r['x'][c] is not None]
    return have

def binrow(c):
    res = []
    for d in (train, test):
        on = [r for r in d if r['x'][c] == 1]; off = [r for r in d if r['x'][c] == 0]
        res.append((len(on), km(on) if on else float('nan'), km(off) if off else float('nan')))
    return res

binaries = ['comprehensive', 'partial', 'peace_process', 'cease', 'inclusive', 'multi_dyad', 'territory', 'reaffirm',
            'outlin', 'out_iss>0', 'out_iss>=4', 'frame=1', 'frame=2', 'frame=3', 'pko', 'co_impl', 'ps_political', 'ps_military',
            'ps_territorial', 'ps_any', 'intarmy', 'ddr', 'elections', 'interim', 'amn', 'pp', 'intgov', 'shagov',
            'natalks', 'withd', 'pris', 'recon', 'return', 'aut', 'gender',
            'poly<0.3', 'poly0.3-0.5', 'poly>=0.5', 'reg_europe', 'reg_mideast', 'reg_asia', 'reg_africa', 'reg_americas',
            'neighbor_at_war', 'repeat', 'repeat_dyad', 'churn1y', 'churn2y', 'prior_failed', 'prior_inforce']
continuous = ['ps_dims', 'n_prov', 'polyarchy', 'lgdp', 'n_prior', 'prior_365', 'n_prior_failed']
uni_res = {}
P('\n## Q1 univariate, fitted 1975-1999 (train) and checked on 2000-2009 (test)')
P('HR = univariate Cox hazard ratio (per unit; 95% CI); C = Harrell C of the covariate as a risk score in the direction '
  'estimated on train (C<0.5 on test = direction reversed); S5 = KM 5-year survival with / without (binary).')
P('\n| covariate | n=1 train/test | S5 with vs without, train | S5 with vs without, test | HR train (95% CI) | HR test (95% CI) | C train | C test | holds? |')
P('|---|---|---|---|---|---|---|---|---|')
for c in binaries + continuous:
    tr = [r for r in train if r['x'][c] is not None]; te = [r for r in test if r['x'][c] is not None]
    (btr,), (setr,) = cox(tr, [c]); (bte,), (sete,) = cox(te, [c])
    sgn = 1 if btr > 0 else -1
    ctr = cindex(tr, lambda r: sgn * r['x'][c]); cte = cindex(te, lambda r: sgn * r['x'][c])
    uni_res[c] = (btr, setr, bte, sete, ctr, cte)
    hr = lambda bb, ss: f'{math.exp(bb):.2f} ({math.exp(bb-1.96*ss):.2f}–{math.exp(bb+1.96*ss):.2f})' if abs(bb) < 7.9 else 'n/a (no events in one group)'
    if c in binaries:
        (n1, a1, b1), (n2, a2, b2) = binrow(c)
        s1 = f'{a1:.2f} vs {b1:.2f}'; s2 = f'{a2:.2f} vs {b2:.2f}'; ns = f'{n1}/{n2}'
    else:
        s1 = s2 = '(continuous)'; ns = '-'
    holds = 'yes' if (btr * bte > 0 and cte > 0.53 and ctr > 0.53) else ('weak' if btr * bte > 0 else 'NO (reversed)')
    P(f'| {c} | {ns} | {s1} | {s2} | {hr(btr,setr)} | {hr(bte,sete)} | {ctr:.3f} | {cte:.3f} | {holds} |')

# ---- baseline: the current rules as they fire on imported PAD rows ----
def current_score(r):
    x = r['x']; s = 50
    s += 3 if x['comprehensive'] else 0; s -= 4 if x['peace_process'] else 0
    s += 2 * x['ps_dims']
    s += 5 if x['pko'] else 0          # mechanisms.drl +3, provisions.drl +2
    s += 2 if x['co_impl'] else 0      # joint commission = verification machinery +2
    s -= 1 if r['inclusive'] == '2' else 0   # inclusive false (code 2)
    s -= 2 if x['poly0.3-0.5'] else 0
    return s
for r in rows: r['cur'] = current_score(r)

def auc5(d, score):   # AUC of (higher score = survive) for 5-year collapse
    pos = [score(r) for r in d if r['surv5'] == 0]; neg = [score(r) for r in d if r['surv5'] == 1]
    return sum((1 if n > p else 0.5 if n == p else 0) for p in pos for n in neg) / (len(pos) * len(neg))

def boot_c(d, risk, reps=300, seed=1):
    rnd = random.Random(seed); vals = []
    for _ in range(reps):
        s = [d[rnd.randrange(len(d))] for _ in d]
        # duplicate rows: cindex handles them (ties in time with both events are not comparable)
        vals.append(cindex(s, risk))
    vals.sort(); return vals[int(0.025 * reps)], vals[int(0.975 * reps)]

P('\n## Baseline: current rules (replicated in Python)')
P(f'- score range {min(r["cur"] for r in rows)}–{max(r["cur"] for r in rows)}; AUC(5y) all={auc5(rows, lambda r: r["cur"]):.3f}, '
  f'train={auc5(train, lambda r: r["cur"]):.3f}, test={auc5(test, lambda r: r["cur"]):.3f}')
P(f'- Harrell C (risk = -score): train={cindex(train, lambda r: -r["cur"]):.3f}, test={cindex(test, lambda r: -r["cur"]):.3f}, '
  f'test 95% bootstrap {boot_c(test, lambda r: -r["cur"])}')

# ---- Q3: candidate additive scores ----
def pts(hr): return 10 * math.log(1 / hr) / 1.2
SCORES = {}
def add_score(name, weights):  # weights: {cov: points}; score = 50 + sum
    SCORES[name] = weights
    for r in rows: r['sc_' + name] = 50 + sum(w * (r['x'][c] or 0) for c, w in weights.items())

# (a) proposal with literature weights (see report for the sources)
lit = {'comprehensive': 3, 'peace_process': -4, 'ps_dims': 2, 'pko': 5, 'not_inclusive': -1,
       'poly0.3-0.5': -2, 'repeat': round(pts(1.5)), 'churn1y': round(pts(1.5)), 'territory': 0}
# filled below from train

# ---- Q3 continued ----
def fit_points(covs, data, ridge=1.0):
    beta, se = cox(data, covs, ridge=ridge)
    return {c: -10 * bb / 1.2 for c, bb in zip(covs, beta)}, beta, se

def evaluate(name, weights):
    sc = lambda r: 50 + sum(w * (r['x'][c] or 0) for c, w in weights.items())
    risk = lambda r: -sc(r)
    lo, hi = boot_c(test, risk)
    return (cindex(train, risk), cindex(test, risk), lo, hi, cindex(test, risk, horizon=5),
            auc5(test, sc), min(sc(r) for r in rows), max(sc(r) for r in rows))

# S5 prediction through the project's link: cumulative hazard H5(score) = H0 * exp(-0.12 * (score - 50));
# H0 fitted by least squares on the 5-year indicator (no censoring before 5 years in this file).
def brier5(weights, fit_on, slope=0.12):
    sc = lambda r: 50 + sum(w * (r['x'][c] or 0) for c, w in weights.items())
    best = None
    for k in range(1, 400):
        H0 = k / 200
        err = sum((math.exp(-H0 * math.exp(-slope * (sc(r) - 50))) - r['surv5']) ** 2 for r in fit_on)
        if best is None or err < best[0]: best = (err, H0)
    H0 = best[1]
    pred = lambda r: math.exp(-H0 * math.exp(-slope * (sc(r) - 50)))
    b = sum((pred(r) - r['surv5']) ** 2 for r in test) / len(test)
    # calibration by tertile of predicted survival on test
    srt = sorted(test, key=pred); k = len(srt) // 3
    cal = [(sum(pred(r) for r in g) / len(g), sum(r['surv5'] for r in g) / len(g), len(g))
           for g in (srt[:k], srt[k:2 * k], srt[2 * k:])]
    return H0, b, cal

base_tr = km(train); base_te = km(test)
brier_km_train = sum((base_tr - r['surv5']) ** 2 for r in test) / len(test)
brier_km_test = sum((base_te - r['surv5']) ** 2 for r in test) / len(test)

CUR = {'comprehensive': 3, 'peace_process': -4, 'ps_dims': 2, 'pko': 5, 'co_impl': 2, 'not_inclusive': -1, 'poly0.3-0.5': -2}
# a-priori literature proposal (weights from literature / PAD-wide figures, not from the test period)
LIT = {'comprehensive': 3, 'peace_process': -4, 'ps_political': 3, 'pko': 3, 'co_impl': 3, 'not_inclusive': -4,
       'prior_inforce': 4, 'out_iss>=4': -3}
SET = list(LIT)   # same covariates, weights fitted on 1975-1999
TRW, trbeta, trse = fit_points(SET, train)
TRW_r = {c: round(w) for c, w in TRW.items()}
# train-selected data mining: every binary with univariate train p < 0.10, weights from a ridge Cox on train
sel = [c for c in binaries if abs(uni_res[c][0] / uni_res[c][1]) > 1.645 and c not in ('partial',)]
MINE, _, _ = fit_points(sel, train)

P('\n## Q3 additive scores: C-index out of time')
P(f'train-selected covariates (univariate p<0.10 on 1975-1999): {", ".join(sel)}')
P('\n| score | weights | C 1975-99 | C 2000-09 (95% boot) | C 2000-09, 5y truncated | AUC5 2000-09 | range |')
P('|---|---|---|---|---|---|---|')
for name, w in [('current rules', CUR), ('proposal, literature weights', LIT), ('proposal, weights fitted 1975-99', TRW_r),
                ('data-mined 1975-99 (univariate p<.10)', {c: round(v, 1) for c, v in MINE.items()})]:
    a = evaluate(name, w)
    P(f'| {name} | {", ".join(f"{c} {v:+g}" for c, v in w.items())} | {a[0]:.3f} | {a[1]:.3f} ({a[2]:.2f}–{a[3]:.2f}) | {a[4]:.3f} | {a[5]:.3f} | {a[6]:.0f}–{a[7]:.0f} |')
P('\nMultivariable ridge Cox (lambda=1) on 1975-1999 for the proposal set: ' +
  ', '.join(f'{c} HR {math.exp(bb):.2f} (se {s:.2f})' for c, bb, s in zip(SET, trbeta, trse)))
# leave-one-rule-out on test for the literature proposal
P('\nLeave-one-rule-out, literature weights: C 2000-09 without each rule: ' +
  ', '.join(f'{c} {evaluate("", {k: v for k, v in LIT.items() if k != c})[1]:.3f}' for c in LIT))
P(f'\n## Brier at 5 years on 2000-2009 (n={len(test)}, observed 5y survival {sum(r["surv5"] for r in test)/len(test):.3f})')
P(f'- KM base rate from 1975-1999 (S5={base_tr:.3f}): Brier {brier_km_train:.4f}; KM base rate of 2000-2009 itself (S5={base_te:.3f}, oracle): {brier_km_test:.4f}')
for name, w in [('current rules', CUR), ('proposal, literature weights', LIT), ('proposal, weights fitted 1975-99', TRW_r)]:
    for lab, fo in [('H0 fitted on 1975-99', train), ('H0 fitted on all 1975-2009 (oracle level)', rows)]:
        H0, bs, cal = brier5(w, fo)
        P(f'- {name}, {lab}: H0={H0:.3f}, Brier {bs:.4f}; calibration by tertile (pred, obs, n): ' +
          '; '.join(f'{p:.2f}/{o:.2f}/{n}' for p, o, n in cal))

# ---- Q4: age pattern ----
def hazard_by_age(d, bands=((0, 1), (1, 2), (2, 3), (3, 5), (5, 10))):
    res = []
    for a, bnd in bands:
        ev = sum(1 for r in d if r['ev'] and a < r['t'] <= bnd) + (sum(1 for r in d if r['ev'] and r['t'] == 0) if a == 0 else 0)
        py = sum(max(0.0, min(r['t'], bnd) - a) for r in d)
        atrisk = sum(1 for r in d if r['t'] > a or (a == 0))
        res.append((ev, atrisk, ev / py if py else float('nan')))
    return res

def q_by_age(d, bands=((0, 1), (1, 2), (2, 3), (3, 5), (5, 10))):
    # KM conditional probability of ending per year of the band: 1 - (S(b)/S(a))^(1/(b-a))
    out_ = []
    for a, bnd in bands:
        sa = km(d, a) if a > 0 else 1.0; sb = km(d, bnd)
        out_.append(1 - (sb / sa) ** (1 / (bnd - a)) if sa > 0 else float('nan'))
    return out_
P('\n## Q4 yearly hazard by age; cells: KM probability of ending per year of the band [events per agreement-year] (events/at risk at band start)')
P('\n| group | n | year 1 | year 2 | year 3 | years 4-5 | years 6-10 |')
P('|---|---|---|---|---|---|---|')
groups = [('1975-1999', train), ('2000-2009', test), ('all', rows)]
for lab, k in [('comprehensive', 'comprehensive'), ('partial', 'partial'), ('peace-process', 'peace_process')]:
    for pl, d in [('1975-99', train), ('2000-09', test), ('all', rows)]:
        groups.append((f'{lab} {pl}', [r for r in d if r['x'][k]]))
for lab, d in groups:
    h = hazard_by_age(d)
    q = q_by_age(d)
    P(f'| {lab} | {len(d)} | ' + ' | '.join(f'{qq:.3f} [{hz:.3f}] ({e}/{n})' for (e, n, hz), qq in zip(h, q)) + ' |')
# share of failures within 30 days / 1 year
for lab, d in [('1975-1999', train), ('2000-2009', test)]:
    evs = [r['t'] for r in d if r['ev']]
    P(f'- {lab}: failures within 30 days {sum(1 for t in evs if t <= 30/365.25)}, within 1 year {sum(1 for t in evs if t <= 1)}, of {len(evs)}')

# ---- variants (NB: several were tried after seeing the 2000-2009 results: optimistic) ----
NOSD = {k: v for k, v in CUR.items() if k != 'poly0.3-0.5'}
VARS = {'current': CUR, 'current without semi-democracy': NOSD,
        'current + prior_inforce +4': {**CUR, 'prior_inforce': 4},
        'current with not_inclusive -4': {**CUR, 'not_inclusive': -4},
        'V = current, no semi-dem, not_incl -4, prior_inforce +4, out_iss>=4 -3, co_impl +3':
            {**NOSD, 'not_inclusive': -4, 'prior_inforce': 4, 'out_iss>=4': -3, 'co_impl': 3},
        'V + reaffirm +3': {**NOSD, 'not_inclusive': -4, 'prior_inforce': 4, 'out_iss>=4': -3, 'co_impl': 3, 'reaffirm': 3},
        'LIT': LIT, 'LIT with ps_dims +2 instead of ps_political +3': {**{k: v for k, v in LIT.items() if k != 'ps_political'}, 'ps_dims': 2}}
P('\n## Variants (C 1975-99 / C 2000-09 (95% bootstrap) / AUC5 2000-09)')
for n, w in VARS.items():
    a = evaluate(n, w)
    P(f'- {n}: {a[0]:.3f} / {a[1]:.3f} ({a[2]:.2f}–{a[3]:.2f}) / {a[5]:.3f}')


# ---- reverse direction and pooled view ----
def cfull(w, d):
    return cindex(d, lambda r: -(50 + sum(v * (r['x'][c] or 0) for c, v in w.items())))
REV, rb, rs = fit_points(SET, test)
P('\n## Reverse check: proposal set fitted on 2000-2009 (ridge Cox), scored on 1975-1999')
P('- weights: ' + ', '.join(f'{c} {v:+.1f}' for c, v in REV.items()))
P(f'- C on 1975-99 with 2000-09 weights: {cfull(REV, train):.3f}; C on 2000-09 with 1975-99 weights: {cfull(TRW, test):.3f}')
P('\n## All 271 agreements, C-index (literature weights involve no fitting on the period; others do)')
for n, w in [('current', CUR), ('LIT', LIT), ('V + reaffirm +3', VARS['V + reaffirm +3'])]:
    P(f'- {n}: C all {cfull(w, rows):.3f}, AUC5 all {auc5(rows, lambda r: 50 + sum(v * (r["x"][c] or 0) for c, v in w.items())):.3f}')
# stratified by era: C computed within period then averaged (removes the era base-rate shift)

# paired bootstrap of the C difference on 2000-2009: literature proposal minus current rules
def paired(wa, wb, reps=400, seed=7):
    rnd = random.Random(seed); diffs = []
    ra = lambda r: -(sum(v * (r['x'][c] or 0) for c, v in wa.items())); rb_ = lambda r: -(sum(v * (r['x'][c] or 0) for c, v in wb.items()))
    for _ in range(reps):
        smp = [test[rnd.randrange(len(test))] for _ in test]
        diffs.append(cindex(smp, ra) - cindex(smp, rb_))
    diffs.sort(); return sum(diffs) / reps, diffs[int(.025 * reps)], diffs[int(.975 * reps)], sum(1 for x in diffs if x > 0) / reps
for n, w in [('LIT', LIT), ('V + reaffirm +3', VARS['V + reaffirm +3'])]:
    m, lo, hi, pr = paired(w, CUR)
    P(f'- paired bootstrap on 2000-09, C({n}) - C(current): mean {m:+.3f}, 95% {lo:+.3f} to {hi:+.3f}, share > 0: {pr:.2f}')

# ---- hybrids: current rules plus the additions that replicated (selected on 1975-99 significance + literature) ----
HYB = {'H1 = current + not_inclusive -4 + prior_inforce +4 + out_iss>=4 -3 + co_impl +3 (instead of +2)':
           {**CUR, 'not_inclusive': -4, 'prior_inforce': 4, 'out_iss>=4': -3, 'co_impl': 3},
       'H2 = H1 + reaffirm +3 (reaffirm chosen after seeing 2000-09: optimistic)':
           {**CUR, 'not_inclusive': -4, 'prior_inforce': 4, 'out_iss>=4': -3, 'co_impl': 3, 'reaffirm': 3},
       'H3 = H1 with pko +3 instead of +5': {**CUR, 'not_inclusive': -4, 'prior_inforce': 4, 'out_iss>=4': -3, 'co_impl': 3, 'pko': 3},
       'H5 = H1, ps_political +3 / military +1 / territorial +1, pko +3, semi-democracy -1':
           {**{k: v for k, v in CUR.items() if k != 'ps_dims'}, 'ps_political': 3, 'ps_military': 1, 'ps_territorial': 1,
            'not_inclusive': -4, 'prior_inforce': 4, 'out_iss>=4': -3, 'co_impl': 3, 'pko': 3, 'poly0.3-0.5': -1}}
P('\n## Hybrids: C 1975-99 / C 2000-09 (95% boot) / mean / AUC5 2000-09 / C all / range / paired diff vs current on 2000-09; Brier5 2000-09 (link slope 1.2/10 pts, H0 from 1975-99 | from all)')
for n, w in HYB.items():
    a = evaluate(n, w); m, lo, hi, pr = paired(w, CUR)
    b1 = brier5(w, train); b2 = brier5(w, rows)
    P(f'- {n}: {a[0]:.3f} / {a[1]:.3f} ({a[2]:.2f}–{a[3]:.2f}) / {(a[0]+a[1])/2:.3f} / {a[5]:.3f} / {cfull(w, rows):.3f} / {a[6]:.0f}–{a[7]:.0f} / '
      f'{m:+.3f} ({lo:+.3f}..{hi:+.3f}); Brier {b1[1]:.4f} | {b2[1]:.4f}; calibration (H0 from 1975-99) ' + '; '.join(f'{p_:.2f}/{o:.2f}' for p_, o, nn in b1[2]))

# ---- the slope of the score->hazard link that the PAD data support ----
P('\n## Link slope fitted on 1975-99 (least squares on the 5-year indicator; H5 = H0*exp(-slope*(score-50)))')
for n, w in [('current', CUR), ('LIT', LIT), ('H1', HYB['H1 = current + not_inclusive -4 + prior_inforce +4 + out_iss>=4 -3 + co_impl +3 (instead of +2)'])]:
    sc = lambda r: 50 + sum(v * (r['x'][c] or 0) for c, v in w.items()); best = None
    for k in range(1, 200):
        for sl in [i / 100 for i in range(0, 31, 2)]:
            e = sum((math.exp(-k / 200 * math.exp(-sl * (sc(r) - 50))) - r['surv5']) ** 2 for r in train)
            if best is None or e < best[0]: best = (e, k / 200, sl)
    _, H0, sl = best
    bs = sum((math.exp(-H0 * math.exp(-sl * (sc(r) - 50))) - r['surv5']) ** 2 for r in test) / len(test)
    P(f'- {n}: H0 {H0:.3f}, slope {sl*10:.1f} per 10 points (project: 1.2); Brier5 on 2000-09 {bs:.4f}')

if __name__ == '__main__':
    print('\n'.join(out))
