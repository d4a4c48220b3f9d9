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

static int in(const char *const *v, const size_t *vn, int nv, const char *id, size_t n)
{
	for (int i = 0; i < nv; i++)
		if (vn[i] == n && !strncasecmp(v[i], id, n))
			return 1;
	return 0;
}

int ko_license_restricted(const char *id, size_t n)
{
	if (!n || (n == 7 && !strncasecmp(id, "unknown", 7)) ||
	    (n == 11 && !strncasecmp(id, "NOASSERTION", 11)) ||
	    (n >= 11 && !strncasecmp(id, "LicenseRef-", 11)))
		return 1;
	/* CC-BY-NC-SA-4.0, CC-BY-ND-2.0-KR...: an NC or ND element. */
	for (size_t i = 0; i < n;) {
		size_t k = i;
		while (k < n && id[k] != '-')
			k++;
		if (k - i == 2 && (!strncasecmp(id + i, "NC", 2) || !strncasecmp(id + i, "ND", 2)))
			return 1;
		i = k + 1;
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
