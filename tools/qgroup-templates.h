/* qgroup-templates.h - the built-in wordings of ko-qgroup, written for this
 * project. Plain data, in the layout of --template files: task, then the
 * instruction. qgroup-unknown lines are the replies for a question whose
 * answer is not in the passage; the instruction quotes the same reply
 * through {unknown}. */
static const struct qg_builtin {
	const char *task;
	const char *text;
} qg_builtin[] = {
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
};
