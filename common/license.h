/*
 * license.h - licence provenance: which licences a derived record may come
 * from. Records carry their licence as an SPDX identifier in a "license"
 * field (ko-import --license sets it); generators check it where they
 * derive, so licence-clean data stays licence-clean.
 *
 * A policy is built from rules, each the argument of one --licenses:
 *   commercial       no NC (non-commercial), no ND (no derivatives), no
 *                    unknown licence (absent, NOASSERTION, LicenseRef-...,
 *                    or any licence not known to allow both)
 *   allow:ID,ID...   these are accepted, whatever else says
 *   deny:ID,ID...    these are refused, whatever else says
 * With allow rules and no profile, only the allowed are accepted.
 * Identifiers compare without regard to case. No rule: all are accepted.
 */
#ifndef KO_LICENSE_H
#define KO_LICENSE_H

#include <stddef.h>

#define KO_LICENSE_MAX 32

struct ko_license_policy {
	int commercial;
	const char *allow[KO_LICENSE_MAX], *deny[KO_LICENSE_MAX];
	size_t allown[KO_LICENSE_MAX], denyn[KO_LICENSE_MAX];
	int nallow, ndeny;
	int any; /* some rule was given */
};

/* Add the rule spec (it must outlive the policy: an argv string). 0, or -1
 * with a message in err. */
int ko_license_rule(struct ko_license_policy *p, const char *spec, char *err, size_t errn);
/* 1 if a record under licence id (n bytes; n == 0: none) may be used. */
int ko_license_ok(const struct ko_license_policy *p, const char *id, size_t n);
/* 1 if id forbids commercial use or derivatives (an NC or ND licence), or
 * is not of a family known to allow both (CC0, CC BY, CC BY-SA, MIT,
 * Apache, BSD, GPL, ODbL...: the table in license.c): unknown is
 * restricted. Spaces and underscores read as hyphens (CC BY-NC 4.0). */
int ko_license_restricted(const char *id, size_t n);

#endif
