/* templates.c - the built-in instruction wordings of every task, written
 * for kopipe. One is picked per record (see task.h); a task's placeholders
 * are listed in the struct ko_task of the tool that makes it. A new task
 * needs at least five wordings here. */
#include "ko.h"

const struct ko_template ko_templates[] = {
	/* ko-mask: {mask} is the mask token, {count} the number of masks. */
	{"mask", "다음 글의 {mask} 자리에 들어갈 알맞은 말을 쓰세요."},
	{"mask", "아래 글에서 {mask} 부분에 원래 있던 단어를 맞혀 보세요."},
	{"mask", "글의 흐름을 보고 {mask} 자리에 알맞은 낱말을 채워 넣으세요."},
	{"mask", "다음 글에는 단어 하나가 {mask} 표시로 가려져 있습니다. 가려진 단어가 무엇인지 답하세요."},
	{"mask", "문맥을 고려하여 {mask}에 들어갈 단어를 추론해 보세요."},
	{"mask", "빈칸 {mask}에 들어갈 가장 적절한 표현은 무엇인가요?"},
	{"mask-multi", "다음 글의 {mask} 자리 {count}곳에 들어갈 말을 앞에서부터 차례로 번호를 붙여 쓰세요."},
	{"mask-multi", "아래 글에는 단어 {count}개가 {mask} 표시로 가려져 있습니다. 가려진 단어를 나오는 순서대로 답하세요."},
	{"mask-multi", "문맥을 살펴 각 {mask} 자리에 원래 있던 단어를 순서대로 채워 보세요."},
	{"mask-multi", "다음 글에서 {mask}로 표시된 빈칸 {count}개를 앞에서부터 차례로 채우세요."},
	{"mask-multi", "가려진 낱말 {count}개를 글에 나오는 순서대로 번호를 매겨 적으세요."},

	/* ko-shuffle-sent: {items} are the shuffled units, one per line for
	 * sentences, comma-separated for words. */
	{"sentence-order", "다음 문장들은 원래 한 편의 글이었지만 순서가 뒤섞여 있습니다. 올바른 순서로 다시 배열하여 글을 완성하세요."},
	{"sentence-order", "아래 문장들을 자연스러운 흐름이 되도록 순서를 바로잡아 쓰세요."},
	{"sentence-order", "순서가 섞인 다음 문장들을 읽고 원래 글의 순서대로 배열하세요."},
	{"sentence-order", "다음 문장들을 논리적인 순서에 맞게 재배열하여 하나의 글로 만드세요."},
	{"sentence-order", "문장의 순서가 뒤바뀌었습니다. 글의 흐름을 고려해 올바르게 정렬해 주세요."},
	{"word-order", "다음 단어들을 올바른 순서로 배열하여 자연스러운 문장을 만드세요."},
	{"word-order", "순서가 뒤섞인 아래 단어들을 모두 사용해 원래 문장을 복원하세요."},
	{"word-order", "주어진 어절들을 알맞게 배열해 문법에 맞는 한 문장으로 쓰세요."},
	{"word-order", "아래 낱말을 빠짐없이 한 번씩 써서 뜻이 통하는 문장을 완성하세요."},
	{"word-order", "섞여 있는 단어들의 순서를 바로잡아 한 문장으로 만들어 보세요."},
	{"concept-sentence", "다음 단어들을 모두 사용하여 자연스러운 문장을 하나 만드세요."},
	{"concept-sentence", "주어진 단어를 전부 포함하는 일상적인 문장을 써 보세요."},
	{"concept-sentence", "아래 단어들이 모두 들어가도록 한 장면을 묘사하는 문장을 만들어 주세요."},
	{"concept-sentence", "제시된 단어를 활용해 한 문장으로 된 장면 설명을 작성하세요."},
	{"concept-sentence", "다음 낱말들을 알맞게 활용하여 의미가 통하는 문장을 지어 보세요."},

	/* ko-lastsent: {text} is the context. */
	{"last-sentence", "다음 글을 읽고 마지막에 올 문장을 쓰세요."},
	{"last-sentence", "아래 글의 흐름에 맞게 글을 마무리하는 마지막 문장을 작성하세요."},
	{"last-sentence", "다음 글은 마지막 문장이 빠져 있습니다. 빠진 문장을 추측해 완성하세요."},
	{"last-sentence", "주어진 글에 이어질 마지막 한 문장을 자연스럽게 써 보세요."},
	{"last-sentence", "글의 내용과 어조를 유지하면서 끝맺는 문장을 하나 덧붙이세요."},
	{"next-sentence", "다음 글 바로 뒤에 이어질 문장을 쓰세요."},
	{"next-sentence", "아래 글의 흐름을 이어 가는 다음 문장 하나를 작성하세요."},
	{"next-sentence", "주어진 글 다음에 올 문장을 문맥에 맞게 추측해 보세요."},
	{"next-sentence", "이 글이 계속된다면 바로 다음에 어떤 문장이 올지 한 문장으로 쓰세요."},
	{"next-sentence", "앞의 내용에 자연스럽게 이어지는 문장을 하나 덧붙여 주세요."},

	/* ko-summary: {text}, {title}, {summary}, {category}. */
	{"summary", "다음 글을 핵심만 간추려 요약하세요."},
	{"summary", "아래 글의 주요 내용을 짧게 정리해 주세요."},
	{"summary", "이 글을 읽지 않은 사람도 알 수 있도록 요점을 요약하세요."},
	{"summary", "다음 문서의 내용을 간결하게 요약해 보세요."},
	{"summary", "글의 중심 내용을 몇 문장으로 줄여 쓰세요."},
	{"title-summary", "다음 글에 어울리는 제목을 붙이고 내용을 요약하세요."},
	{"title-summary", "아래 글을 읽고 제목과 요약문을 작성해 주세요."},
	{"title-summary", "이 글의 제목을 정하고 핵심 내용을 간추려 쓰세요."},
	{"title-summary", "다음 문서에 알맞은 제목과 짧은 요약을 만들어 보세요."},
	{"title-summary", "글의 내용을 대표하는 제목을 짓고, 주요 내용을 요약하세요."},
	{"expand", "다음 제목과 요약을 바탕으로 본문을 작성하세요."},
	{"expand", "주어진 제목과 요약 내용을 살려 완성된 글을 써 주세요."},
	{"expand", "아래 요약을 자세히 풀어 제목에 맞는 글 한 편을 쓰세요."},
	{"expand", "제목과 요약을 참고하여 내용을 충실히 갖춘 본문을 작성해 보세요."},
	{"expand", "다음 정보를 토대로 원문에 해당하는 글을 써 보세요."},
	{"title-category", "다음 제목과 분야에 맞는 글을 작성하세요."},
	{"title-category", "주어진 분야에 속하는 글을 아래 제목으로 써 주세요."},
	{"title-category", "제목과 분야를 참고하여 알맞은 본문을 작성해 보세요."},
	{"title-category", "아래 분야의 글을 쓴다고 생각하고, 제시된 제목에 맞는 내용을 작성하세요."},
	{"title-category", "다음 제목으로 해당 분야에 어울리는 글 한 편을 써 주세요."},
	/* ko-qgroup: {questions} and {answers} are numbered lists, {count}
	 * their length, {unknown} the cannot-answer reply (qgroup-unknown),
	 * which the answers use too. */
	{"qgroup", "다음 글을 읽고 아래 질문에 차례대로 답하세요. 글에서 답을 찾을 수 없는 질문에는 \"{unknown}\"라고 답하세요.\n\n{questions}"},
	{"qgroup", "주어진 지문만을 근거로 다음 {count}개의 질문에 번호를 붙여 답하십시오. 지문에 답이 없는 질문에는 \"{unknown}\"라고 쓰십시오.\n\n{questions}"},
	{"qgroup", "아래 글에 관한 질문들입니다. 각 질문에 글의 내용으로 짧게 답해 주세요. 글로 알 수 없는 것은 지어내지 말고 \"{unknown}\"라고 답해 주세요.\n\n{questions}"},
	{"qgroup", "지문을 읽고 질문 {count}개에 답하세요. 답은 질문 번호와 함께 적고, 지문에서 확인할 수 없는 질문에는 \"{unknown}\"라고 하세요.\n\n{questions}"},
	{"qgroup", "다음 문서를 참고해서 질문에 답해 줘. 문서에 나오지 않는 내용을 묻는 질문에는 \"{unknown}\"라고 답하면 돼.\n\n{questions}"},
	{"qgroup", "글의 내용을 바탕으로 아래 물음에 답하시오. 글에서 근거를 찾을 수 없는 물음에는 \"{unknown}\"라고 답하시오.\n\n{questions}"},
	{"qgroup-single", "다음 글을 참고하여 질문에 답하세요. 글에 답이 없으면 \"{unknown}\"라고 답하세요.\n\n질문: {question}"},
	{"qgroup-single", "주어진 문서만 근거로 질문에 답하십시오. 문서에서 답을 찾을 수 없다면 \"{unknown}\"라고 답하십시오.\n\n질문: {question}"},
	{"qgroup-single", "아래 지문을 읽고 물음에 짧게 답해 주세요. 지문으로 알 수 없는 내용이면 추측하지 말고 \"{unknown}\"라고 해 주세요.\n\n물음: {question}"},
	{"qgroup-single", "검색된 문서가 함께 주어집니다. 문서의 내용으로 다음 질문에 답하고, 답이 문서에 없으면 \"{unknown}\"라고 답하세요.\n\n질문: {question}"},
	{"qgroup-single", "{question}\n\n위 질문에 함께 주어진 글을 근거로 답해 줘. 글에 없는 내용이면 \"{unknown}\"라고 답해 줘."},
	{"qgroup-unknown", "글에서 답을 찾을 수 없습니다."},
	{"qgroup-unknown", "주어진 글에는 답이 나와 있지 않습니다."},
	{"qgroup-unknown", "지문의 내용만으로는 알 수 없습니다."},
	{"qgroup-unknown", "글에 그 내용이 없어 답할 수 없습니다."},
	{"qgroup-unknown", "제시된 글로는 답을 알 수 없습니다."},
};

const size_t ko_ntemplates = sizeof ko_templates / sizeof ko_templates[0];

/* Tasks whose wordings live with their tool, named so that one template
 * file can serve every tool of a pipeline. (ko-qgroup's are in the table
 * above now.) */
const char *const ko_other_tasks[] = {NULL};
