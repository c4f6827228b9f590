/** What the status line calls each runtime: small, so the page can show it before loading either runtime's code. */
export const LOCAL_LABEL = 'On this computer (local Node)';
export const WEBCONTAINER_LABEL = 'In your browser (WebContainer)';
