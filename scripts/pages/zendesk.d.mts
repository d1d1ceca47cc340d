export declare const HOSTILE_TEXT: string[];
export declare function hostileTicket(id: number): string;
export declare function longThread(id: number, count: number, paragraphChars: number): string;
export declare function longTicket(count: number): { url: string; html: string };
