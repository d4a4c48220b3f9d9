/* placeholder_table.h - the markers of deleted or missing text, as plain
 * data. Included by common/placeholder.c only. */

/* Markers that stand where text was deleted, hidden or never written. A
 * line is a marker when, trimmed of blanks, punctuation and brackets at its
 * edges, it is one of these (ASCII letters in any case, blanks inside
 * ignored). A text all of whose lines are markers fails "placeholder". */
static const char *const ko_placeholders[] = {
	"삭제", "삭제됨", "삭제함", "삭제요망", "삭제된글", "삭제된글입니다",
	"삭제된댓글", "삭제된댓글입니다", "삭제된게시물", "삭제된게시물입니다",
	"삭제된게시글입니다", "삭제된메시지입니다", "삭제된문서", "삭제된문서입니다",
	"삭제되었습니다", "이문서는삭제되었습니다", "작성자에의해삭제된댓글입니다",
	"관리자에의해삭제되었습니다", "관리자에의해삭제된댓글입니다",
	"블라인드처리된댓글입니다", "블라인드처리되었습니다", "비밀글입니다", "비밀댓글입니다",
	"비공개", "비공개글입니다", "내용없음", "내용없습니다", "본문없음", "제목없음",
	"없음", "미정", "미상", "준비중", "준비중입니다", "작성중", "작성중입니다",
	"공사중", "추가예정", "내용추가예정", "생략", "이하생략", "빈칸", "공란",
	"클린봇이부적절한표현을감지한댓글입니다", "클린봇이악성댓글을감지했습니다",
	"부적절한표현이감지되어숨김처리된댓글입니다", "신고에의해숨김처리된댓글입니다",
	"테스트", "test", "null", "none", "nil", "nan", "undefined", "#n/a", "n/a", "na",
	"tbd", "todo", "deleted",
	"removed", "[deleted]", "[removed]", "loremipsum",
};

/* The particles (and 들, 님, 씨 with one) that a hidden word's placeholder
 * keeps glued after it (??가, ??들이): the rest of its eojeol must be one
 * of these, before a blank, punctuation or the end. */
static const char *const ko_hidden_particles[] = {
	"가", "이", "을", "를", "은", "는", "의", "에", "에게", "에서", "한테", "도",
	"와", "과", "랑", "이랑", "로", "으로", "만", "들", "님", "씨", "놈", "년",
	"들이", "들은", "들을", "들의", "들도", "들한테", "들에게", "님이", "님은",
	"님을", "님의", "님도", "님께서", "씨가", "씨는", "씨를", "씨의", "이가", "이는",
	"이를", "새끼", "새끼가", "새끼들", "같은", "처럼", "라는", "이라는", "라고", "이라고",
};
