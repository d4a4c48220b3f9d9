/* contact_table.h - the Korean telephone numbering plan as plain data.
 * Included by common/contact.c only.
 *
 * Source (facts only): the numbering plan of the Ministry of Science and
 * ICT (area codes 02, 031-064; mobile 010-019; 070 internet telephony,
 * 080 free phone, 050X personal numbers, 15XX/16XX/18XX nationwide
 * representative numbers). */

/* First group of a telephone number written with separators: mobile,
 * geographic area codes, and the non-geographic 050X/060/070/080. */
static const char *const phone_prefixes[] = {
	"010", "011", "016", "017", "018", "019",
	"02", "031", "032", "033", "041", "042", "043", "044",
	"051", "052", "053", "054", "055", "061", "062", "063", "064",
	"060", "070", "080",
	"0502", "0503", "0504", "0505", "0506", "0507", "0508",
	NULL,
};

/* Nationwide representative numbers: four digits, a hyphen, four digits.
 * 1600 and 1800 are left out: "1600-1700년" is a span of years far more
 * often than a telephone number. */
static const char *const phone_rep_prefixes[] = {
	"1522", "1533", "1544", "1566", "1577", "1588", "1599", "1644", "1661",
	"1666", "1670", "1688", "1811", "1833", "1855", "1877", "1899",
	NULL,
};
