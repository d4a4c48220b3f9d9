qgroup	{nope} {questions}
