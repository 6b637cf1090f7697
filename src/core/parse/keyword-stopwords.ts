/**
 * English words that are often capitalised (at the start of a bullet, or in a
 * Title Case talk title) but are never a talk's topic. Folded (lower case).
 * Proper nouns and technical terms are what stays.
 */
export const KEYWORD_STOPWORDS: ReadonlySet<string> = new Set(
	(
		// articles, pronouns, determiners
		'a an the this that these those it its it\'s i i\'m i\'ve i\'d i\'ll me my mine we we\'re we\'ve our ours you you\'re you\'ve your yours ' +
		'he he\'s him his she she\'s her hers they they\'re they\'ve them their theirs one ones someone something anything everything nothing ' +
		'everyone anyone nobody all any some many much more most less least few fewer each every other others another such same own both either neither ' +
		'there there\'s here here\'s what what\'s which who who\'s whom whose why how how\'s when where whatever whoever ' +
		// conjunctions, prepositions, adverbs
		'and or but nor so yet if then than else because since while although though unless until whether also too very just only even still ' +
		'already again ever never always often sometimes usually maybe perhaps really quite rather almost about above across after against along ' +
		'among around as at before behind below beneath beside between beyond by down during except for from in inside into like near of off on ' +
		'onto out outside over per plus minus through throughout to toward towards under underneath up upon via vs versus with within without ' +
		'not no yes ok okay well now today tomorrow yesterday later soon first second third last next finally instead however therefore thus ' +
		'etc e.g i.e eg ie aka ' +
		// verbs and contractions that start notes
		'is isn\'t are aren\'t was wasn\'t were weren\'t be been being am do does doesn\'t did didn\'t don\'t done doing have has hasn\'t had ' +
		'haven\'t having can can\'t cannot could couldn\'t should shouldn\'t would wouldn\'t will won\'t shall may might must need needs needed ' +
		'let let\'s lets make makes made making get gets got getting goes going gone went use uses used using see seen saw look looks try ' +
		'tried tries think thinks thought know knows knew want wants wanted keep keeps kept start starts started show shows showed give gives ' +
		'take takes took put puts find finds found say says said tell tells ask asks come comes came work works worked working run runs ran ' +
		'learn learned learning prefer avoid add added remember consider note notes noted check read write wrote' +
		' ' +
		// adjectives and nouns common at bullet starts and in titles
		'good great bad best better worse worst new old big small large little high low fast slow easy hard simple complex real true false ' +
		'important interesting nice cool key main major minor full whole part parts lot lots way ways thing things stuff kind sort type types ' +
		'example examples question questions answer answers idea ideas problem problems solution solutions issue issues reason reasons point points ' +
		'cost costs time times year years day days week weeks month months hour hours minute minutes number numbers people person case cases ' +
		'talk talks speaker speakers slide slides demo demos summary overview intro introduction conclusion conclusions takeaway takeaways lesson ' +
		'lessons update updates todo tl;dr q&a qa faq live discussion panel keynote workshop tutorial lightning fireside chat session sessions ' +
		'track tracks break lunch welcome opening closing remarks thanks thank please sure yeah wow huh hmm oh ah ' +
		// calendar words
		'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october ' +
		'november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec'
	).split(/\s+/).filter((w) => w.length > 0),
);
