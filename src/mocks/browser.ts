// Placeholder until the mock backend lands (issue 3): starts nothing.
export async function startMockBackend(): Promise<void> {}
