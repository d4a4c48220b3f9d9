/* ko-format-layout.h - the built-in chat layout of ko-format's text and
 * prompt-completion formats, as data: the piece before and after each
 * turn's content, and what goes between turns. --layout FILE replaces it
 * with the same four keys. The markers are those of the Guanaco text
 * format (timdettmers/openassistant-guanaco: "### Human: ... ### Assistant:
 * ..."), with a "### System:" turn first when a record has a system text
 * and a blank line between turns. */
#ifndef KO_FORMAT_LAYOUT_H
#define KO_FORMAT_LAYOUT_H

static const struct {
	const char *key, *value;
} format_default_layout[] = {
	{"system", "### System: {content}"},
	{"user", "### Human: {content}"},
	{"assistant", "### Assistant: {content}"},
	{"separator", "\n\n"},
};

#endif
