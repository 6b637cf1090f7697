/** What the indexer is doing, for the explorer's status line. */
export type IndexStatus =
	/** Before the layout is ready: nothing read yet. */
	| { readonly state: 'idle' }
	/** Reading and parsing: `done` of `total` notes that needed a parse (cached ones are already in). */
	| { readonly state: 'indexing'; readonly done: number; readonly total: number; readonly cached: number; readonly warning?: string }
	/** Up to date. */
	| { readonly state: 'ready'; readonly notes: number; readonly talks: number; readonly cached: number; readonly parsed: number; readonly warning?: string }
	/** The scan itself failed; live updates still run. */
	| { readonly state: 'error'; readonly message: string };

/** A one-line, sentence-case description of a status. */
export function describeStatus(status: IndexStatus): string {
	switch (status.state) {
		case 'idle':
			return 'Waiting for the vault to load';
		case 'indexing':
			return `Indexing ${status.done} of ${status.total} notes`;
		case 'ready':
			return `${status.talks} talks in ${status.notes} notes`;
		case 'error':
			return `Indexing failed: ${status.message}`;
	}
}
