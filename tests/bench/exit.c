/* The floor for process start: a program that only exits. */
int
main(void)
{
	return 0;
}
