/**
 * Capitalised words that start titles, never names: `Scaling Kafka: ...` and
 * `Opening Remarks: ...` must not become speakers.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
	(
		'a an the of for to in on at with from by and or vs not no how why what when where who which is are was be ' +
		'your our my we you i it its this that these those intro introduction into beyond towards toward about after ' +
		'before lessons lesson learned talk talks keynote panel workshop tutorial lightning fireside chat ama bof ' +
		'session sessions track day part break lunch dinner breakfast coffee opening closing remarks welcome live ' +
		'discussion demo demos future state deep dive modern new fast faster better best high low level scale ' +
		'data day2 intro q&a questions answers notes summary overview update updates announcement announcements ' +
		'building scaling writing testing making using running designing debugging deploying ingesting coding ' +
		'shipping understanding learning getting migrating managing monitoring operating optimizing optimising ' +
		'profiling programming rethinking securing serving streaming thinking tuning taming modeling modelling ' +
		'measuring automating benchmarking breaking choosing creating developing exploring handling improving ' +
		'implementing introducing keeping leveraging moving observing parsing reducing refactoring scheduling ' +
		'simplifying solving speeding starting surviving tracing training unlocking working fixing hacking ' +
		'mastering navigating porting rewriting replacing sharing teaching evolving embracing demystifying ' +
		'avoiding accelerating adopting applying architecting caching compiling crafting delivering engineering ' +
		'extending generating indexing integrating maintaining processing querying reading rendering searching ' +
		'sharding storing transforming troubleshooting upgrading visualizing visualising quantifying distributed'
	).split(' '),
);
