/** The pages' icon (tab, kiosk shortcut): the one-stop red with a white "1". */
export const PAGES_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#a3191f"/><text x="16" y="23" font-family="Arial, sans-serif" font-size="20" font-weight="700" text-anchor="middle" fill="#fff">1</text></svg>
`;
