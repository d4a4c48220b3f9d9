/* license.c - licence policies over SPDX identifiers. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ko.h"

static int add_list(const char **v, size_t *vn, int *nv, const char *list)
{
	const char *p = list;
	while (*p) {
		size_t k = strcspn(p, ",");
		if (k) {
			if (*nv == KO_LICENSE_MAX)
				return -1;
			v[*nv] = p;
			vn[(*nv)++] = k;
		}
		p += k;
		if (*p == ',')
			p++;
	}
	return 0;
}

int ko_license_rule(struct ko_license_policy *p, const char *spec, char *err, size_t errn)
{
	p->any = 1;
	if (!strcmp(spec, "commercial")) {
		p->commercial = 1;
		return 0;
	}
	int r;
	if (!strncmp(spec, "allow:", 6))
		r = add_list(p->allow, p->allown, &p->nallow, spec + 6);
	else if (!strncmp(spec, "deny:", 5))
		r = add_list(p->deny, p->denyn, &p->ndeny, spec + 5);
	else {
		snprintf(err, errn, "--licenses: expected commercial, allow:LIST or deny:LIST, "
		                    "not '%s'", spec);
		return -1;
	}
	if (r < 0)
		snprintf(err, errn, "--licenses: more than %d identifiers", KO_LICENSE_MAX);
	return r;
}



/* The licence families known to allow both commercial use and derivatives:
 * an identifier is of one when it is the family's name or starts with it
 * and a '-' (CC-BY-4.0, CC-BY-SA-2.0-KR, GPL-3.0-or-later, MIT-0). Any
 * other is unknown, and the commercial profile refuses what it does not
 * know: a licence gate fails closed. BSL-1.0 (Boost) is named whole: BSL
 * 1.1 is how people write the Business Source Licence; so are the types
 * of KOGL. */
static const char *const permissive[] = {
	"CC0", "CC-BY", "CC-PDDC", "PDDL", "ODC-By", "ODbL", "CDLA-Permissive", "CDLA-Sharing",
	"MIT", "Apache", "BSD", "0BSD", "ISC", "Unlicense", "Zlib", "BSL-1.0", "WTFPL", "MPL", "EPL",
	"GPL", "LGPL", "AGPL", "Artistic", "PSF", "Python", "Unicode", "OGL",
	/* the Korea Open Government Licence (공공누리): its type 1 asks only
	 * for attribution; types 2 to 4 forbid commercial use or changes */
	"KOGL-Type1", "KOGL-Type-1",
};

/* id as SPDX writes an identifier, into v (cap bytes): spaces and
 * underscores read as hyphens, runs of them as one, none at the ends. Its
 * length, or 0 when it cannot be one identifier: a byte outside printable
 * ASCII (a no-break space, Hangul), or longer than v. */
static size_t spdx_form(const char *id, size_t n, char *v, size_t cap)
{
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)id[i];
		if (ch < 0x20 || ch > 0x7E || m == cap)
			return 0;
		if (ch == ' ' || ch == '_')
			ch = '-';
		if (ch == '-' && (m == 0 || v[m - 1] == '-'))
			continue;
		v[m++] = (char)ch;
	}
	while (m && v[m - 1] == '-')
		m--;
	return m;
}

static int has_ci(const char *v, size_t m, const char *w)
{
	size_t l = strlen(w);
	for (size_t i = 0; i + l <= m; i++)
		if (!strncasecmp(v + i, w, l))
			return 1;
	return 0;
}

int ko_license_restricted(const char *id, size_t n)
{
	char v[64];
	size_t m = spdx_form(id, n, v, sizeof v);
	if (!m || (m == 7 && !strncasecmp(v, "unknown", 7)) ||
	    (m == 11 && !strncasecmp(v, "NOASSERTION", 11)) ||
	    (m >= 11 && !strncasecmp(v, "LicenseRef-", 11)))
		return 1;
	/* An expression (MIT AND Proprietary, Apache-2.0 WITH
	 * Commons-Clause, A OR B) or a note beside the identifier ((non-
	 * commercial), BY-NC/4.0) is not one known licence: refused whole. */
	if (memchr(v, '(', m) || memchr(v, '/', m) || has_ci(id, n, " AND ") ||
	    has_ci(id, n, " OR ") || has_ci(id, n, " WITH "))
		return 1;
	/* CC-BY-NC-SA-4.0, CC-BY-ND-2.0-KR, CC-BY-NC4.0, NonCommercial,
	 * NoDerivatives...: an element that says NC or ND. */
	if (has_ci(v, m, "NonCommercial") || has_ci(v, m, "NoDeriv") || has_ci(v, m, "Non-Commercial"))
		return 1;
	for (size_t i = 0; i < m;) {
		size_t k = i;
		while (k < m && v[k] != '-')
			k++;
		if (k - i >= 2 && (!strncasecmp(v + i, "NC", 2) || !strncasecmp(v + i, "ND", 2)) &&
		    (k - i == 2 || (v[i + 2] >= '0' && v[i + 2] <= '9')))
			return 1;
		i = k + 1;
	}
	for (size_t f = 0; f < sizeof permissive / sizeof *permissive; f++) {
		size_t l = strlen(permissive[f]);
		if (m >= l && !strncasecmp(v, permissive[f], l) && (m == l || v[l] == '-'))
			return 0;
	}
	return 1;
}

/* Whether id is one of v, both read as SPDX writes them (case, spaces and
 * underscores aside: allow:CC-BY-4.0 takes "CC BY 4.0"). */
static int in(const char *const *v, const size_t *vn, int nv, const char *id, size_t n)
{
	char a[64], b[64];
	size_t m = spdx_form(id, n, a, sizeof a);
	for (int i = 0; i < nv; i++) {
		size_t l = spdx_form(v[i], vn[i], b, sizeof b);
		if (m ? l == m && !strncasecmp(a, b, m) : vn[i] == n && !strncasecmp(v[i], id, n))
			return 1;
	}
	return 0;
}

int ko_license_ok(const struct ko_license_policy *p, const char *id, size_t n)
{
	if (!p->any)
		return 1;
	if (in(p->deny, p->denyn, p->ndeny, id, n))
		return 0;
	if (in(p->allow, p->allown, p->nallow, id, n))
		return 1;
	if (p->commercial)
		return !ko_license_restricted(id, n);
	return p->nallow == 0;
}
