export declare const HOSTILE_TEXT: string[];
export declare function hostileTicket(id: number): string;
export declare function longTicket(id: number, count: number, paragraphChars: number): string;
