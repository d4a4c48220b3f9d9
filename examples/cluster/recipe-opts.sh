# recipe-opts.sh - sourced by parallel-ssh.sh and slurm.sh (bash): the
# RECIPE OPTIONS they pass on to the recipe, read once for both.
#
# recipe_opts ARG... sets
#   ropts  the recipe's options, shell-quoted, with --no-dedup first (the
#          documents are deduplicated across shards before the recipe,
#          whose own dedup would see one shard)
#   lic    --licenses (and --on-error) for the stage of their own that
#          runs before dedup: which copy of a document survives must not
#          depend on a licence the recipe would drop later
# --on-error goes to both. The caller defines die MESSAGE.
recipe_opts() {
	ropts="--no-dedup "
	lic=()
	while [ $# -gt 0 ]; do
		case $1 in
		--licenses) [ $# -ge 2 ] || die "--licenses needs a rule"; lic+=("$1" "$2"); shift ;;
		--licenses=*) lic+=("$1") ;;
		--on-error) [ $# -ge 2 ] || die "--on-error needs fail or skip"
			lic+=("$1" "$2"); ropts="$ropts$(printf '%q %q ' "$1" "$2")"; shift ;;
		--on-error=*) lic+=("$1"); ropts="$ropts$(printf '%q ' "$1")" ;;
		# the recipe's options that take a value: the value is no option
		-s | --seed | --system | --template | --context-in | --chunk | -f | --field)
			[ $# -ge 2 ] || die "$1 needs a value"
			ropts="$ropts$(printf '%q %q ' "$1" "$2")"; shift ;;
		*) ropts="$ropts$(printf '%q ' "$1")" ;;
		esac
		shift
	done
}
