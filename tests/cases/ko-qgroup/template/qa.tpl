# 시험용 양식
qgroup	[{title}] 질문 {count}개:\n{questions}		{answers}
qgroup-unknown	모름
