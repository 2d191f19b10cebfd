/** Types of browserTests.cjs (plain CommonJS, because jest.config.js reads it too). */
export declare const CHROMIUM_PATH: string;
export declare const INSTALL_COMMAND: string;
export declare function browserTestsLeftOut(): boolean;
